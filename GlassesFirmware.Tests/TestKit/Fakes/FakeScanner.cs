using System.Collections;
using GlassesFirmware.Frame;
using GlassesFirmware.Text;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>A scanner module (UART) returning the payloads the test or replay script queues, while it is on.</summary>
    public sealed class FakeScanner : IScannedPayloadSource
    {
        private readonly ArrayList _payloads = new ArrayList();
        /// <summary>True while started.</summary>
        public bool On;
        /// <summary>When true, Start fails (a module that does not answer).</summary>
        public bool Broken;

        /// <summary>
        /// The scanner sees <paramref name="payload"/> (sent as UTF-8) on its next read; null makes that read throw
        /// (a faulting adapter).
        /// </summary>
        public void Show(string payload)
        {
            _payloads.Add(payload == null ? null : Utf8.Encode(payload));
        }

        /// <inheritdoc />
        public bool Start()
        {
            On = !Broken;
            return On;
        }

        /// <inheritdoc />
        public void Stop()
        {
            On = false;
            _payloads.Clear();
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int capacity)
        {
            if (!On || _payloads.Count == 0)
            {
                return 0;
            }
            byte[] p = (byte[])_payloads[0];
            _payloads.RemoveAt(0);
            if (p.Length > capacity)
            {
                return ScannedPayload.TooLong;
            }
            System.Array.Copy(p, 0, buffer, offset, p.Length);
            return p.Length;
        }
    }
}
