using System;
using GlassesFirmware.Session.Loop;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>The uplink's pairing: records the text it was given; the test decides the handshake's result.</summary>
    internal sealed class FakePairingUplink : IPairingUplink
    {
        internal string Text;
        internal int Unpairs;
        internal PairingStatus Begin = PairingStatus.Ok;
        internal PairingStatus Result = PairingStatus.WrongState;

        public PairingStatus PairingResult
        {
            get { return Result; }
        }

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

        public void Unpair()
        {
            Unpairs++;
        }
    }

    /// <summary>The BLE radio's pairing window; can be made to throw when it closes.</summary>
    internal sealed class FakePairingWindow : IPairingWindow
    {
        internal int Opened;
        internal int BondsForgotten;
        internal bool ThrowOnClose;
        private bool _open;

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

        public void ForgetBonds()
        {
            BondsForgotten++;
        }
    }

    /// <summary>Sleep with button wake: counts the sleeps and moves the fake clock by the time slept.</summary>
    internal sealed class FakeSleep : IDeviceSleep
    {
        private readonly FakeClock _clock;
        internal int Sleeps;
        internal int SleepMs = 600000;

        internal FakeSleep(FakeClock clock)
        {
            _clock = clock;
        }

        public bool SleepUntilButton()
        {
            Sleeps++;
            _clock.Now += SleepMs;
            return true;
        }
    }

    /// <summary>A network join that stays under way until the test finishes it.</summary>
    internal sealed class FakeNetwork : INetworkJoin
    {
        internal int Joins;
        internal bool Joining;

        public bool IsJoining
        {
            get { return Joining; }
        }

        public void Join()
        {
            Joins++;
        }
    }

    /// <summary>Records the reports (with their clock time) and the notes.</summary>
    internal sealed class FakeDiagnostics : IDiagnosticsSink
    {
        private readonly FakeClock _clock;
        internal int Reports;
        internal long LastReportAt;
        internal int LastFaults;
        internal string LastNote;

        internal FakeDiagnostics(FakeClock clock)
        {
            _clock = clock;
        }

        public void Report(int sessionState, int faults, int deviceFaults)
        {
            Reports++;
            LastReportAt = _clock.Now;
            LastFaults = faults;
        }

        public void Note(string message)
        {
            LastNote = message;
        }
    }
}
