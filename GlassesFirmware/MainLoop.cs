using System;
using System.Diagnostics;
using System.Threading;
using GlassesFirmware.Feedback;
using GlassesFirmware.Hardware.Composition;
using GlassesFirmware.Session;
using GlassesFirmware.Trigger;

namespace GlassesFirmware
{
    /// <summary>
    /// The device's forever loop: steps the payment session, acts on the wearer's system gestures (pairing mode,
    /// unpair), refreshes diagnostics while idle and light-sleeps with button wake after nf.config sleep.idle.ms of
    /// idleness. No exception escapes: a fault is counted, logged with its reason and the session is sent back to
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
        private readonly int _sleepIdleMs;
        private long _lastActiveMs;
        private long _lastDiagnosticsMs;
        private long _pairingUntilMs;
        private int _faults;

        /// <summary>Drives <paramref name="session"/> on <paramref name="device"/>; 0 <paramref name="sleepIdleMs"/> never sleeps.</summary>
        public MainLoop(GlassesDevice device, PaymentSession session, int sleepIdleMs)
        {
            _device = device;
            _session = session;
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
                if (_pairingUntilMs != 0 && now >= _pairingUntilMs)
                {
                    ClosePairingWindow();
                }

                if (idle && now - _lastDiagnosticsMs >= DiagnosticsEveryMs)
                {
                    _lastDiagnosticsMs = now;
                    _device.Diagnostics.Report((int)_session.State, _faults, 0);
                }

                if (idle && _sleepIdleMs > 0 && _pairingUntilMs == 0 && !_session.HasUnsettledRequest && now - _lastActiveMs >= _sleepIdleMs)
                {
                    Debug.WriteLine("GlassesFirmware: idle, sleeping until the button");
                    _device.SleepUntilButton();
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
            if (request == Gesture.PairingMode && _device.Ble != null)
            {
                _device.Ble.PairingWindowOpen = true;
                _pairingUntilMs = now + PairingWindowMs;
                _device.Feedback.Show(FeedbackCue.PairingMode);
                Debug.WriteLine("GlassesFirmware: pairing mode for 60 s");
            }
            else if (request == Gesture.Unpair && _device.Ble != null)
            {
                _device.Ble.ForgetBonds();
                _device.Feedback.Show(FeedbackCue.Unpaired);
                Debug.WriteLine("GlassesFirmware: bonds cleared");
            }
        }

        private void ClosePairingWindow()
        {
            _pairingUntilMs = 0;
            if (_device.Ble != null)
            {
                _device.Ble.PairingWindowOpen = false;
            }

            _device.Feedback.Show(FeedbackCue.Idle);
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
