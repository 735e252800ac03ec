using GlassesFirmware.Session.Loop;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>The uplink's pairing: records the text it was given; the test decides the handshake's result.</summary>
    public sealed class FakePairingUplink : IPairingUplink
    {
        /// <summary>Set or read by the test.</summary>
        public string Text;
        /// <summary>Set or read by the test.</summary>
        public int Unpairs;
        /// <summary>Set or read by the test.</summary>
        public PairingStatus Begin = PairingStatus.Ok;
        /// <summary>Set or read by the test.</summary>
        public PairingStatus Result = PairingStatus.WrongState;

        /// <inheritdoc />
        public PairingStatus PairingResult
        {
            get { return Result; }
        }

        /// <inheritdoc />
        public PairingStatus BeginPairing(byte[] qrText, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)qrText[offset + i];
            }
            Text = new string(chars);
            return Begin;
        }

        /// <inheritdoc />
        public void Unpair()
        {
            Unpairs++;
        }
    }
}
