namespace GlassesFirmware.Uplink.Framing
{
    /// <summary>Framing errors: local results of reassembly and the byte of an ERROR frame (CTAP BLE codes, plus 0x10+).</summary>
    public enum FramingError
    {
        /// <summary>No error.</summary>
        None = 0,
        /// <summary>Unknown command, or a continuation without an initial fragment.</summary>
        InvalidCommand = 0x01,
        /// <summary>Invalid parameter (a keepalive or error frame of the wrong length).</summary>
        InvalidParameter = 0x02,
        /// <summary>Declared length above the limit, a fragment above the control-point length, or more data than declared.</summary>
        InvalidLength = 0x03,
        /// <summary>A continuation out of sequence: lost, duplicated or reordered fragment; or a new frame before the last one ended.</summary>
        InvalidSequence = 0x04,
        /// <summary>The next fragment did not come within <see cref="FrameCommand.FragmentTimeoutMs"/>.</summary>
        Timeout = 0x05,
        /// <summary>The receiver is busy with another frame.</summary>
        Busy = 0x06,
        /// <summary>The routing device id is not paired (wallet to glasses, unsealed).</summary>
        UnknownDevice = 0x10,
        /// <summary>No pending pairing offer opens the message (wallet to glasses, unsealed).</summary>
        PairingRefused = 0x11,
        /// <summary>Anything else.</summary>
        Other = 0x7F,
    }
}
