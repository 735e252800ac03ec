
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
}
