using System;
using System.Diagnostics;
using System.Threading;
using GlassesFirmware.Feedback;
using GlassesFirmware.Hardware.Composition;
using GlassesFirmware.Session;
using GlassesFirmware.Trigger;
using GlassesFirmware.Uplink.Client;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware
{
    /// <summary>
    /// The device's forever loop: joins Wi-Fi, steps the payment session, acts on the wearer's system gestures
    /// (pairing mode: open the BLE pairing window and look for the wallet's pairing QR; unpair: forget the wallet
    /// and the bonds), refreshes diagnostics while idle and light-sleeps with button wake after nf.config
    /// sleep.idle.ms of idleness. No exception escapes: a fault is counted, logged with its reason and the session is sent back to
    /// idle. The loop sleeps between steps so the ESP-IDF idle task (and its task watchdog) always runs.
    /// </summary>
    public sealed class MainLoop
    {
        private const int ActiveStepMs = 5;
        private const int IdleStepMs = 20;
        private const int DiagnosticsEveryMs = 60000;
        private const int PairingWindowMs = 60000;

        private readonly GlassesDevice _device;
        private readonly PaymentSession _session;
        private readonly WalletClient _wallet;
        private readonly PairingScan _pairingScan;
        private readonly byte[] _pairingText = new byte[PairingScan.MaxText];
        private readonly int _sleepIdleMs;
        private bool _pairingStarted;
        private long _lastActiveMs;
        private long _lastDiagnosticsMs;
        private long _pairingUntilMs;
        private int _faults;
        private Thread _wifiJoin;

        /// <summary>
        /// Drives <paramref name="session"/> on <paramref name="device"/>, pairing <paramref name="wallet"/> (null
        /// without a link) through <paramref name="pairingScan"/>; 0 <paramref name="sleepIdleMs"/> never sleeps.
        /// </summary>
        public MainLoop(GlassesDevice device, PaymentSession session, WalletClient wallet, PairingScan pairingScan, int sleepIdleMs)
        {
            _device = device;
            _session = session;
            _wallet = wallet;
            _pairingScan = pairingScan;
            _sleepIdleMs = sleepIdleMs;
        }

        /// <summary>Faults caught since boot.</summary>
        public int Faults
        {
            get { return _faults; }
        }

        /// <summary>Starts the session and never returns.</summary>
        public void Run()
        {
            JoinWifi();
            try
            {
                if (!_session.Start())
                {
                    Debug.WriteLine("GlassesFirmware: the record store could not be read; payments resume when it can");
                }
            }
            catch (Exception e)
            {
                Fault("start", e);
            }

            _lastActiveMs = _device.Clock.NowMs;
            _lastDiagnosticsMs = _lastActiveMs - DiagnosticsEveryMs;
            while (true)
            {
                bool idle = Step();
                Thread.Sleep(idle ? IdleStepMs : ActiveStepMs);
            }
        }

        // One pass; returns true when the session is idle.
        private bool Step()
        {
            try
            {
                _session.Step();
                long now = _device.Clock.NowMs;
                bool idle = _session.State == SessionState.Idle;
                if (!idle)
                {
                    _lastActiveMs = now;
                }

                OnSystemRequest(_session.TakeSystemRequest(), now);
                if (_pairingUntilMs != 0)
                {
                    StepPairing(now, idle);
                }

                if (idle && now - _lastDiagnosticsMs >= DiagnosticsEveryMs)
                {
                    _lastDiagnosticsMs = now;
                    _device.Diagnostics.Report((int)_session.State, _faults, 0);
                }

                // Not while Wi-Fi is joining: sleep turns the radio off under the join.
                if (idle && _sleepIdleMs > 0 && _pairingUntilMs == 0 && !_session.HasUnsettledRequest && !WifiJoining && now - _lastActiveMs >= _sleepIdleMs)
                {
                    Debug.WriteLine("GlassesFirmware: idle, sleeping until the button");
                    _device.SleepUntilButton();
                    JoinWifi();
                    _lastActiveMs = _device.Clock.NowMs;
                }

                return idle;
            }
            catch (Exception e)
            {
                Fault("step", e);
                return true;
            }
        }

        private void OnSystemRequest(Gesture request, long now)
        {
            if (request == Gesture.PairingMode && _wallet != null)
            {
                if (_device.Ble != null)
                {
                    _device.Ble.PairingWindowOpen = true;
                }

                _pairingStarted = false;
                _pairingUntilMs = now + PairingWindowMs;
                if (!_pairingScan.Start())
                {
                    Debug.WriteLine("GlassesFirmware: pairing needs the camera or the scanner; none started");
                }

                Debug.WriteLine("GlassesFirmware: pairing mode for 60 s: show the wallet's pairing QR");
            }
            else if (request == Gesture.Unpair)
            {
                if (_wallet != null)
                {
                    _wallet.Unpair();
                }

                if (_device.Ble != null)
                {
                    _device.Ble.ForgetBonds();
                }

                Debug.WriteLine("GlassesFirmware: wallet and bonds forgotten");
            }
        }

        // Looks for the pairing QR, hands it to the uplink, and ends pairing mode on success, failure or timeout.
        private void StepPairing(long now, bool idle)
        {
            if (!idle || now >= _pairingUntilMs)
            {
                EndPairing("pairing mode ended without pairing");
                return;
            }

            if (!_pairingStarted)
            {
                int n = _pairingScan.Poll(_pairingText, now);
                if (n > 0)
                {
                    _pairingScan.Stop();
                    PairingStatus begun = _wallet.BeginPairing(_pairingText, 0, n);
                    System.Array.Clear(_pairingText, 0, _pairingText.Length);
                    _pairingStarted = begun == PairingStatus.Ok;
                    if (!_pairingStarted)
                    {
                        EndPairing("pairing QR refused (" + PairingStatuses.Name(begun) + ")");
                    }
                }

                return;
            }

            // The session's step polls the wallet, which runs the handshake; watch its outcome.
            PairingStatus result = _wallet.PairingResult;
            if (result == PairingStatus.Ok)
            {
                EndPairing("paired");
                _device.Feedback.Show(FeedbackCue.Approved);
            }
            else if (result != PairingStatus.WrongState)
            {
                EndPairing("pairing failed (" + PairingStatuses.Name(result) + ")");
            }
        }

        private void EndPairing(string why)
        {
            _pairingUntilMs = 0;
            _pairingStarted = false;
            _pairingScan.Stop();
            if (_device.Ble != null)
            {
                _device.Ble.PairingWindowOpen = false;
            }

            _device.Feedback.Show(FeedbackCue.Idle);
            Debug.WriteLine("GlassesFirmware: " + why);
        }

        // Joining blocks for up to the Wi-Fi timeout (20 s) when the network is out of reach, so it runs on its own
        // thread: the wearer's first tap after a wake is answered at once, over BLE until Wi-Fi is up.
        private void JoinWifi()
        {
            if (_device.Wifi == null || _device.Wifi.IsConnected || WifiJoining)
            {
                return;
            }

            _wifiJoin = new Thread(JoinWifiNow);
            _wifiJoin.Start();
        }

        private bool WifiJoining
        {
            get { return _wifiJoin != null && _wifiJoin.IsAlive; }
        }

        private void JoinWifiNow()
        {
            try
            {
                Debug.WriteLine(_device.Wifi.Connect() ? "GlassesFirmware: Wi-Fi up" : "GlassesFirmware: Wi-Fi join failed; BLE only");
            }
            catch (Exception e)
            {
                // Connect catches its own failures; this is for anything else, since nothing may escape a thread.
                Debug.WriteLine("GlassesFirmware: Wi-Fi join failed: " + e.Message);
            }
        }

        // Counts and logs the fault, then puts the session back to idle; nothing here may throw.
        private void Fault(string where, Exception e)
        {
            _faults++;
            Debug.WriteLine("GlassesFirmware: fault in " + where + ": " + e.Message + " (fault " + _faults.ToString() + "), back to idle");
            try
            {
                _session.Cancel();
            }
            catch (Exception)
            {
                // The session is beyond help for this step; the next step tries again.
            }
        }
    }
}
