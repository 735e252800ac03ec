using System;
using GlassesFirmware.Feedback;
using GlassesFirmware.Trigger;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Session.Loop
{
    /// <summary>
    /// The glasses' main loop, run alike by the device (GlassesFirmware/Program.cs) and the simulator
    /// (<c>glasses-sim demo</c>, <c>pair</c>, <c>pay</c>): steps the payment session, acts on the wearer's system
    /// gestures (pairing mode: open the BLE pairing window for 60 s and look for the wallet's pairing QR with the
    /// session's code scanner, then enrol the wearer's voice; unpair: forget the wallet and the bonds), reports diagnostics every 60 s while idle,
    /// and sleeps with button wake after <c>sleep.idle.ms</c> of idleness (never while pairing, with a request
    /// unsettled, or while the network is joining). No exception escapes: a fault is counted and noted, and the
    /// session is sent back to idle. The caller pauses for what <see cref="Step"/> returns between steps (on the
    /// device, so the ESP-IDF idle task and its watchdog run).
    /// </summary>
    public sealed class MainLoop
    {
        /// <summary>Pause between steps while a payment runs (ms).</summary>
        public const int ActiveStepMs = 5;

        /// <summary>Pause between steps in idle (ms).</summary>
        public const int IdleStepMs = 20;

        /// <summary>Time between diagnostics reports in idle (ms).</summary>
        public const int DiagnosticsEveryMs = 60000;

        /// <summary>How long the pairing window stays open (ms).</summary>
        public const int PairingWindowMs = 60000;

        private readonly PaymentSession _session;
        private readonly LoopPorts _ports;
        private readonly PairingScan _scan;
        private readonly int _sleepIdleMs;
        private Pairing _pairing;
        private long _pairingUntilMs;
        private long _lastActiveMs;
        private long _lastDiagnosticsMs;
        private int _faults;

        /// <summary>
        /// Drives <paramref name="session"/> with <paramref name="ports"/>; after <paramref name="sleepIdleMs"/> of
        /// idleness the glasses sleep (0: never).
        /// </summary>
        public MainLoop(PaymentSession session, LoopPorts ports, int sleepIdleMs)
        {
            _session = session;
            _ports = ports;
            _sleepIdleMs = sleepIdleMs;
            _scan = new PairingScan(session.Scanner);
        }

        private enum Pairing
        {
            Closed,
            Scanning,
            Handshake,
        }

        /// <summary>Faults caught since boot.</summary>
        public int Faults
        {
            get { return _faults; }
        }

        /// <summary>True while the pairing window is open (scanning for the pairing QR or running the handshake).</summary>
        public bool IsPairing
        {
            get { return _pairing != Pairing.Closed; }
        }

        /// <summary>Joins the network and starts the session (which resumes an unsettled request). Call once.</summary>
        public void Start()
        {
            JoinNetwork();
            try
            {
                if (!_session.Start())
                {
                    Note("the record store could not be read; payments resume when it can");
                }
            }
            catch (Exception e)
            {
                Fault("start", e);
            }
            _lastActiveMs = _ports.Clock.NowMs;
            _lastDiagnosticsMs = _lastActiveMs - DiagnosticsEveryMs;
        }

        /// <summary>One pass; returns how long to pause before the next (<see cref="IdleStepMs"/> or <see cref="ActiveStepMs"/>).</summary>
        public int Step()
        {
            try
            {
                _session.Step();
                long now = _ports.Clock.NowMs;
                bool idle = _session.State == SessionState.Idle;
                if (!idle || _session.IsEnrollingVoice)
                {
                    _lastActiveMs = now;
                }
                OnSystemRequest(_session.TakeSystemRequest(), now);
                if (_pairing != Pairing.Closed)
                {
                    StepPairing(now, idle);
                }
                if (idle && now - _lastDiagnosticsMs >= DiagnosticsEveryMs && _ports.Diagnostics != null)
                {
                    _lastDiagnosticsMs = now;
                    _ports.Diagnostics.Report((int)_session.State, _faults, 0);
                }
                if (idle && ShouldSleep(now))
                {
                    Note("idle, sleeping until the button");
                    _ports.Sleep.SleepUntilButton();
                    JoinNetwork();
                    _lastActiveMs = _ports.Clock.NowMs;
                }
                return idle ? IdleStepMs : ActiveStepMs;
            }
            catch (Exception e)
            {
                Fault("step", e);
                return IdleStepMs;
            }
        }

        // Not while pairing or enrolling the voice, with a request to settle, or while the network joins (sleep turns the radio off under it).
        private bool ShouldSleep(long now)
        {
            return _sleepIdleMs > 0 && _ports.Sleep != null && _pairing == Pairing.Closed && !_session.HasUnsettledRequest && !_session.IsEnrollingVoice
                && !(_ports.Network != null && _ports.Network.IsJoining) && now - _lastActiveMs >= _sleepIdleMs;
        }

        private void OnSystemRequest(Gesture request, long now)
        {
            if (request == Gesture.PairingMode && _ports.Pairing != null)
            {
                SetPairingWindow(true);
                _pairing = Pairing.Scanning;
                _pairingUntilMs = now + PairingWindowMs;
                if (!_scan.Start(now))
                {
                    Note("pairing needs the camera or the scanner; none started");
                }
                Note("pairing mode for 60 s: show the wallet's pairing QR");
            }
            else if (request == Gesture.Unpair)
            {
                if (_ports.Pairing != null)
                {
                    _ports.Pairing.Unpair();
                }
                if (_ports.PairingWindow != null)
                {
                    _ports.PairingWindow.ForgetBonds();
                }
                Note("wallet and bonds forgotten");
            }
        }

        // Looks for the pairing QR, hands it to the uplink, and ends pairing mode on success, failure, a payment or timeout.
        private void StepPairing(long now, bool idle)
        {
            if (!idle || now >= _pairingUntilMs)
            {
                EndPairing("pairing mode ended without pairing", idle);
                return;
            }
            if (_pairing == Pairing.Scanning)
            {
                int n = _scan.Poll(now);
                if (n == 0)
                {
                    return;
                }
                PairingStatus begun = _ports.Pairing.BeginPairing(_scan.Text, 0, n);
                _scan.Stop();
                if (begun == PairingStatus.Ok)
                {
                    _pairing = Pairing.Handshake;
                }
                else
                {
                    EndPairing("pairing QR refused (" + PairingStatuses.Name(begun) + ")", true);
                }
                return;
            }
            // The session's step polls the wallet, which runs the handshake; watch its outcome.
            PairingStatus result = _ports.Pairing.PairingResult;
            if (result == PairingStatus.Ok)
            {
                EndPairing("paired", true);
                _ports.Feedback.Show(FeedbackCue.Approved);
                if (_session.EnrolVoice())
                {
                    Note("voice enrolment: prompting for the wallet's voiceprint samples");
                }
            }
            else if (result != PairingStatus.WrongState)
            {
                EndPairing("pairing failed (" + PairingStatuses.Name(result) + ")", true);
            }
        }

        // A payment that started during pairing mode took the code scanner: it is left running for the session.
        private void EndPairing(string why, bool ownsScanner)
        {
            _pairingUntilMs = 0;
            _pairing = Pairing.Closed;
            if (ownsScanner)
            {
                _scan.Stop();
            }
            else
            {
                _scan.Release();
            }
            SetPairingWindow(false);
            _ports.Feedback.Show(FeedbackCue.Idle);
            Note(why);
        }

        private void SetPairingWindow(bool open)
        {
            if (_ports.PairingWindow != null)
            {
                _ports.PairingWindow.PairingWindowOpen = open;
            }
        }

        private void JoinNetwork()
        {
            if (_ports.Network != null)
            {
                _ports.Network.Join();
            }
        }

        private void Note(string message)
        {
            if (_ports.Diagnostics != null)
            {
                _ports.Diagnostics.Note(message);
            }
        }

        // Counts and notes the fault, then puts the session back to idle; nothing here may throw.
        private void Fault(string where, Exception e)
        {
            _faults++;
            try
            {
                Note("fault in " + where + ": " + e.Message + " (fault " + _faults.ToString() + "), back to idle");
                _session.Cancel();
            }
            catch (Exception)
            {
                // The session or the sink is beyond help for this step; the next step tries again.
            }
        }
    }
}
