namespace GlassesFirmware.Payload
{
    /// <summary>Which rule book an EMVCo merchant-presented payload is judged by.</summary>
    public enum ValidationPolicy
    {
        /// <summary>
        /// The device policy: strict on integrity (CRC, TLV structure, numeric fields, amounts, fees),
        /// lenient on advisory rules that real production codes break (see docs/payloads.md).
        /// </summary>
        Device = 0,
        /// <summary>The letter of EMVCo MPM v1.0: every "shall" violation rejects.</summary>
        Strict = 1,
    }
}
