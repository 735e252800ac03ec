using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Uplink.Client
{
    /// <summary>
    /// The client's two links, either of which may be absent: the BLE frame link (through its
    /// <see cref="FrameChannel"/>) and the HTTPS request link. Chooses the link for an attempt and sends on it.
    /// </summary>
    internal sealed class UplinkLinks
    {
        private readonly FrameChannel _frames;
        private readonly IRequestLink _requests;
        private readonly byte[] _empty = new byte[0];
        private bool _wasUp;

        /// <summary>Uses <paramref name="frameLink"/> and/or <paramref name="requestLink"/> (either may be null).</summary>
        public UplinkLinks(IFrameLink frameLink, IRequestLink requestLink)
        {
            _frames = frameLink == null ? null : new FrameChannel(frameLink);
            _requests = requestLink;
        }

        /// <summary>The frame channel, or null without a frame link.</summary>
        public FrameChannel Frames
        {
            get { return _frames; }
        }

        /// <summary>The request link, or null.</summary>
        public IRequestLink Requests
        {
            get { return _requests; }
        }

        /// <summary>True when the frame link is connected.</summary>
        public bool IsFrameUp
        {
            get { return _frames != null && _frames.Link.IsConnected; }
        }

        /// <summary>True when either link can carry a message.</summary>
        public bool IsUp
        {
            get { return IsFrameUp || (_requests != null && _requests.IsAvailable); }
        }

        /// <summary>True (once) when <see cref="IsUp"/> changed since the last call; <paramref name="up"/> is its value.</summary>
        public bool Changed(out bool up)
        {
            up = IsUp;
            if (up == _wasUp)
            {
                return false;
            }

            _wasUp = up;
            return true;
        }

        /// <summary>The link for attempt <paramref name="attempt"/> (0 first): BLE first, retries alternate when both are up.</summary>
        public Transport Choose(int attempt)
        {
            bool frame = IsFrameUp;
            bool request = _requests != null && _requests.IsAvailable;
            if (frame && request)
            {
                return attempt % 2 == 0 ? Transport.Frame : Transport.Request;
            }

            return frame ? Transport.Frame : Transport.Request;
        }

        /// <summary>Sends routed bytes over <paramref name="transport"/>; HTTPS with <paramref name="idempotencyKey"/>.</summary>
        public bool Transmit(Transport transport, byte[] routed, string idempotencyKey)
        {
            if (transport == Transport.Frame)
            {
                return _frames != null && _frames.Send(FrameCommand.Message, routed, 0, routed.Length);
            }

            return _requests != null && _requests.Post(idempotencyKey, routed, 0, routed.Length);
        }

        /// <summary>Withdraws the request the wallet is working on over BLE (a CANCEL frame).</summary>
        public void SendCancelFrame()
        {
            _frames.Send(FrameCommand.Cancel, _empty, 0, 0);
        }

        /// <summary>The HTTPS idempotency key of a request: its id in lower-case hex.</summary>
        public static string IdempotencyKey(byte[] requestId)
        {
            const string Digits = "0123456789abcdef";
            char[] chars = new char[requestId.Length * 2];
            for (int i = 0; i < requestId.Length; i++)
            {
                chars[2 * i] = Digits[requestId[i] >> 4];
                chars[2 * i + 1] = Digits[requestId[i] & 0xF];
            }

            return new string(chars);
        }

        /// <summary>Points the request link (when there is one) at a wallet: endpoint, anchor certificate, fingerprint.</summary>
        public void Configure(string endpoint, byte[] anchorCertificate, byte[] anchorFingerprint)
        {
            if (_requests != null)
            {
                _requests.Configure(endpoint, anchorCertificate, anchorFingerprint);
            }
        }
    }
}
