using GlassesFirmware.Text;

namespace GlassesFirmware.Uplink.Framing
{
    /// <summary>
    /// CTAP-BLE-style frame commands and timing (docs/protocol.md section 9). The command byte of an initial
    /// fragment has its high bit set; continuation fragments start with a sequence number 0x00-0x7F.
    /// </summary>
    public static class FrameCommand
    {
        /// <summary>Echo request/response (link check).</summary>
        public const byte Ping = 0x81;

        /// <summary>One status byte: the sender is still working (1) or waiting for its user (2).</summary>
        public const byte Keepalive = 0x82;

        /// <summary>One routed (glasses to wallet) or sealed (wallet to glasses) message.</summary>
        public const byte Message = 0x83;

        /// <summary>The glasses withdraw the request the wallet is working on (no data).</summary>
        public const byte Cancel = 0xBE;

        /// <summary>One <see cref="FramingError"/> byte: the last frame was refused at framing level.</summary>
        public const byte Error = 0xBF;

        /// <summary>Keepalive status: processing.</summary>
        public const byte StatusProcessing = 0x01;

        /// <summary>Keepalive status: waiting for the user (the wearer on the phone, or the wallet's own prompt).</summary>
        public const byte StatusUserNeeded = 0x02;

        /// <summary>A side that works on a request sends a keepalive at least this often (CTAP kKeepAliveMillis).</summary>
        public const int KeepaliveIntervalMs = 500;

        /// <summary>Longest gap between two fragments of one frame before reassembly gives up (CTAP kMaxCommandTransmitDelayMillis).</summary>
        public const int FragmentTimeoutMs = 1500;

        /// <summary>Bytes before the data in an initial fragment (command, length high, length low).</summary>
        public const int InitHeaderLength = 3;

        /// <summary>Longest frame data the glasses accept (a routed voice chunk with its envelope fits).</summary>
        public const int MaxFrameLength = 8192;

        /// <summary>True for the commands this binding defines.</summary>
        public static bool IsKnown(byte command)
        {
            return command == Ping || command == Keepalive || command == Message || command == Cancel || command == Error;
        }
    }

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

    /// <summary>Stable names of <see cref="FramingError"/>.</summary>
    public static class FramingErrors
    {
        // The enum has gaps (wire codes): values and names side by side.
        private static readonly int[] Values = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x10, 0x11, 0x7F };

        private static readonly string[] Names =
        {
            "None", "InvalidCommand", "InvalidParameter", "InvalidLength", "InvalidSequence", "Timeout", "Busy",
            "UnknownDevice", "PairingRefused", "Other",
        };

        /// <summary>Name of <paramref name="error"/>, or its number.</summary>
        public static string Name(FramingError error)
        {
            return EnumNames.Of(Values, Names, (int)error);
        }
    }
}
