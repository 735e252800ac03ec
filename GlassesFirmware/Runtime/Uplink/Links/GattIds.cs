namespace GlassesFirmware.Uplink.Links
{
    /// <summary>
    /// The glasses' payment GATT service (docs/protocol.md 9.1), for the BLE adapter of <see cref="IFrameLink"/>.
    /// Own 128-bit UUIDs (not FIDO's 0xFFFD: this is not a CTAP authenticator); every characteristic requires an
    /// encrypted, authenticated (bonded LE Secure Connections) link.
    /// </summary>
    public static class GattIds
    {
        /// <summary>The primary service.</summary>
        public const string Service = "7f3a0001-6c2b-4e8d-9a51-2b9c4e0d1a7e";

        /// <summary>Write: fragments from the phone (the wallet's messages) to the glasses.</summary>
        public const string ControlPoint = "7f3a0002-6c2b-4e8d-9a51-2b9c4e0d1a7e";

        /// <summary>Notify: fragments from the glasses to the phone.</summary>
        public const string Status = "7f3a0003-6c2b-4e8d-9a51-2b9c4e0d1a7e";

        /// <summary>Read: the control-point length, 2 bytes big-endian, 20 to 512.</summary>
        public const string ControlPointLength = "7f3a0004-6c2b-4e8d-9a51-2b9c4e0d1a7e";

        /// <summary>Read: the binding revision, one byte (1).</summary>
        public const string ServiceRevision = "7f3a0005-6c2b-4e8d-9a51-2b9c4e0d1a7e";

        /// <summary>The revision this runtime implements.</summary>
        public const byte Revision = 1;
    }
}
