using System.Collections;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>A connected frame link in RAM: what the glasses send, what they will receive.</summary>
    public sealed class MemoryFrameLink : IFrameLink
    {
        /// <summary>Every fragment sent, in order (byte[]).</summary>
        public readonly ArrayList Sent = new ArrayList();
        /// <summary>Fragments the glasses will receive, in order (byte[]).</summary>
        public readonly ArrayList Incoming = new ArrayList();

        /// <inheritdoc />
        public bool IsConnected
        {
            get { return true; }
        }

        /// <inheritdoc />
        public int MaxFragmentLength
        {
            get { return 64; }
        }

        /// <inheritdoc />
        public bool Send(byte[] data, int offset, int count)
        {
            byte[] copy = new byte[count];
            System.Array.Copy(data, offset, copy, 0, count);
            Sent.Add(copy);
            return true;
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int capacity)
        {
            if (Incoming.Count == 0)
            {
                return 0;
            }

            byte[] fragment = (byte[])Incoming[0];
            Incoming.RemoveAt(0);
            System.Array.Copy(fragment, 0, buffer, offset, fragment.Length);
            return fragment.Length;
        }
    }
}
