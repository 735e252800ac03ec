using System;
using GlassesFirmware.Session.Loop;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>The BLE radio's pairing window; can be made to throw when it closes.</summary>
    public sealed class FakePairingWindow : IPairingWindow
    {
        /// <summary>Set or read by the test.</summary>
        public int Opened;
        /// <summary>Set or read by the test.</summary>
        public int BondsForgotten;
        /// <summary>Set or read by the test.</summary>
        public bool ThrowOnClose;
        private bool _open;

        /// <inheritdoc />
        public bool PairingWindowOpen
        {
            get
            {
                return _open;
            }

            set
            {
                if (!value && ThrowOnClose)
                {
                    throw new InvalidOperationException("radio gone");
                }
                if (value)
                {
                    Opened++;
                }
                _open = value;
            }
        }

        /// <inheritdoc />
        public void ForgetBonds()
        {
            BondsForgotten++;
        }
    }
}
