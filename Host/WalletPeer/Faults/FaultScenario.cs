using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using GlassesFirmware.Decision;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Pairing;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// One seeded scenario: a wallet on a fresh SQLite file, glasses paired with it (without faults), then one to
    /// three payments through the faults the seed drew. The glasses side is the runtime's WalletClient driven as the
    /// session drives it: the payment's request id is written to flash before it is submitted, a payment the client
    /// reports as unknown (Failed) is asked about again (Status), after a power cut the glasses boot from flash and
    /// ask about the payment in flight, withdrawing (Cancel) one the wallet still waits to have confirmed. In the end
    /// the faults stop, everything in flight arrives, and the invariants are checked against the wallet's database.
    /// </summary>
    public sealed class FaultScenario
    {
        private const int StepMs = 10;
        private const long PaymentDeadlineMs = 300_000;
        private const int AskIntervalMs = 500;
        private const int MaxAsks = 30;
        private const long SilenceMs = 60_000;
        private const string InFlightRecord = "app.pay";
        private const string Readback = "Pay Cafe Alpha Pte Ltd 12.50 Singapore dollars?";

        private readonly Random _random;
        private readonly FaultPlan _plan;
        private readonly FakeClock _clock = new FakeClock(0);
        private readonly ScenarioResult _result;
        private readonly List<Payment> _payments = new List<Payment>();
        private readonly Queue<WalletEvent> _events = new Queue<WalletEvent>();
        private SimWallet _wallet;
        private SimGlasses _glasses;
        private byte[] _deviceId;

        private FaultScenario(int seed)
        {
            _random = new Random(seed);
            _plan = new FaultPlan(_random);
            _result = new ScenarioResult { Seed = seed, Injected = _plan.Injected };
        }

        private enum Step
        {
            Start,
            AwaitResolve,
            AwaitAuthorize,
            Ask,
            AwaitStatus,
            AwaitCancel,
            Final,
        }

        /// <summary>Runs scenario <paramref name="seed"/> with its wallet database in <paramref name="directory"/>.</summary>
        public static ScenarioResult Run(int seed, string directory)
        {
            FaultScenario scenario = new FaultScenario(seed);
            string path = Path.Combine(directory, "wallet-" + seed + ".db");
            try
            {
                scenario.Run(path);
            }
            catch (Exception e)
            {
                scenario._result.Fail(FaultInvariant.RefusalsTyped, "exception escaped: " + e.GetType().Name + ": " + e.Message);
            }
            finally
            {
                scenario._wallet?.Dispose();
                foreach (string file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }

            scenario._result.SimulatedMs = scenario._clock.NowMs;
            return scenario._result;
        }

        private void Run(string path)
        {
            DecisionPolicy policy = new DecisionPolicy { LimitMinor = 50_000 };
            policy.KnownPayees["Cafe Alpha"] = "Cafe Alpha Pte Ltd";
            int transports = _random.Next(3);
            _result.Transports = transports == 0 ? "BLE" : transports == 1 ? "HTTPS" : "BLE+HTTPS";
            _wallet = new SimWallet(path, _clock, _plan, policy);
            _glasses = new SimGlasses(_clock, _plan, _wallet, transports != 1, transports != 0);
            if (!Pair())
            {
                return;
            }

            int count = 1 + _random.Next(3);
            string payload = "00020101021226FAULT" + _result.Seed;
            for (int i = 0; i < count; i++)
            {
                // Sometimes the same single-use code again under a new request id: it may be paid once at most.
                Payment payment = new Payment(i > 0 && _random.Next(4) == 0 ? payload : payload + "-" + i, _random);
                _payments.Add(payment);
                if (_plan.IsEnabled(FaultKind.PowerCut))
                {
                    _glasses.Store.CutAt(1 + _random.Next(12));
                }

                Pay(payment, PaymentDeadlineMs, false);
                if (payment.Step != Step.Final)
                {
                    // An unsettled payment blocks the next one, as in the session; Settle asks again.
                    break;
                }
            }

            _result.Payments = _payments.Count;
            Settle();
            Check();
        }

        private bool Pair()
        {
            _plan.Active = false;
            if (!_glasses.Boot())
            {
                _result.Fail(FaultInvariant.NothingStuck, "fresh glasses did not load");
                return false;
            }

            byte[] qr = Encoding.ASCII.GetBytes(_wallet.CreateOffer());
            if (_glasses.Client.BeginPairing(qr, 0, qr.Length) != PairingStatus.Ok
                || !Until(() => _glasses.Client.PairingResult != PairingStatus.WrongState, 60_000)
                || _glasses.Client.PairingResult != PairingStatus.Ok)
            {
                _result.Fail(FaultInvariant.NothingStuck, "pairing without faults ended " + _glasses.Client.PairingResult);
                return false;
            }

            _deviceId = _glasses.Client.DeviceId;
            _plan.Active = true;
            return true;
        }

        // The glasses' side of one payment, as the session runs it, until it is final or the deadline passes.
        // Under faults a payment may not get through in time (the wearer hears "unknown"; Settle asks again), but the
        // client must never go silent: every call ends in an answer or Failed within SilenceMs.
        private void Pay(Payment payment, long deadlineMs, bool mustSettle)
        {
            long deadline = _clock.NowMs + deadlineMs;
            long askAt = 0;
            long heard = _clock.NowMs;
            while (payment.Step != Step.Final)
            {
                if (_clock.NowMs - heard > SilenceMs)
                {
                    _result.Fail(FaultInvariant.NothingStuck, "payment " + payment.Name + ": no answer nor Failed for " + SilenceMs + " ms in " + payment.Step);
                    return;
                }

                if (_clock.NowMs > deadline)
                {
                    if (mustSettle)
                    {
                        _result.Fail(FaultInvariant.NothingStuck, "payment " + payment.Name + " still " + payment.Step + " after " + deadlineMs + " ms without faults");
                    }

                    return;
                }

                switch (payment.Step)
                {
                    case Step.Start:
                        // The session's in-flight record first: a payment is never sent without it.
                        payment.Recorded = payment.Recorded || _glasses.Store.Write(InFlightRecord, payment.Request.RequestId, 0, 16);
                        if (payment.Recorded)
                        {
                            Call(payment, _glasses.Client.Submit(payment.Request), Step.AwaitResolve, Step.Start);
                        }

                        break;
                    case Step.Ask:
                        if (payment.Asks >= MaxAsks)
                        {
                            // Given up for now: the wearer hears "unknown"; Settle asks once more.
                            return;
                        }

                        if (_clock.NowMs >= askAt)
                        {
                            payment.Asks++;
                            Call(payment, _glasses.Client.QueryStatus(payment.Request.RequestId), Step.AwaitStatus, Step.Ask);
                        }

                        break;
                }

                if (RebootIfCut(payment))
                {
                    continue;
                }

                WalletEvent e = NextEventFor(payment);
                if (e == null)
                {
                    Tick();
                    continue;
                }

                heard = _clock.NowMs;
                Step before = payment.Step;
                On(payment, e);
                if (payment.Step == Step.Ask && before != Step.Ask)
                {
                    askAt = _clock.NowMs + AskIntervalMs;
                }
            }
        }

        private void Call(Payment payment, WalletCallStatus status, Step next, Step retry)
        {
            // Not queued (link down, busy): try again after a step, as the session's next tick would.
            if (status == WalletCallStatus.Queued)
            {
                payment.Step = next;
            }
            else if (status == WalletCallStatus.NotPaired || status == WalletCallStatus.Rejected)
            {
                _result.Fail(FaultInvariant.NothingStuck, "payment " + payment.Name + ": call refused " + status);
                payment.Step = Step.Final;
            }
            else
            {
                payment.Step = retry;
                Tick();
            }
        }

        private void On(Payment payment, WalletEvent e)
        {
            if (e.Kind == WalletEventKind.Failed)
            {
                payment.WasUnknown = true;
                payment.Step = Step.Ask;
                return;
            }

            if (e.Kind != WalletEventKind.Decision)
            {
                return;
            }

            switch (e.Outcome)
            {
                case WalletOutcome.Approved:
                case WalletOutcome.Declined:
                case WalletOutcome.Cancelled:
                    Finish(payment, e.Outcome);
                    break;
                case WalletOutcome.Unknown:
                    // The wallet has no record: stage 0 never landed, so nothing can be approved.
                    if (payment.Step == Step.AwaitStatus)
                    {
                        Finish(payment, WalletOutcome.Unknown);
                    }
                    else
                    {
                        payment.Step = Step.Ask;
                    }

                    break;
                case WalletOutcome.NeedsConfirmation when payment.Step == Step.AwaitResolve || (payment.Step == Step.AwaitStatus && !payment.Rebooted):
                    // The wearer confirmed (or had confirmed before an answer was lost): authorize; a client that no
                    // longer holds the payment cannot, and withdraws it instead.
                    WalletCallStatus confirmed = _glasses.Client.Confirm(payment.Request.RequestId, ConfirmationMethod.Button, Readback);
                    Call(payment, confirmed == WalletCallStatus.Rejected ? _glasses.Client.Cancel(payment.Request.RequestId) : confirmed,
                        confirmed == WalletCallStatus.Rejected ? Step.AwaitCancel : Step.AwaitAuthorize, Step.Ask);
                    break;
                case WalletOutcome.NeedsConfirmation:
                case WalletOutcome.NeedsAmount:
                    // After a reboot the readback is gone: withdraw rather than pay unheard.
                    Call(payment, _glasses.Client.Cancel(payment.Request.RequestId), Step.AwaitCancel, Step.Ask);
                    break;
                default:
                    payment.Step = Step.Ask;
                    break;
            }
        }

        private void Finish(Payment payment, WalletOutcome outcome)
        {
            payment.Belief = outcome;
            payment.Step = Step.Final;
            // Done with it: the in-flight record goes (a cut here leaves it, and the next boot asks again).
            _glasses.Store.Delete(InFlightRecord);
            RebootIfCut(payment);
        }

        // After a power cut: boot from flash and pick the payment up from its in-flight record.
        private bool RebootIfCut(Payment payment)
        {
            if (!_glasses.Store.Dead)
            {
                return false;
            }

            _result.Reboots++;
            _events.Clear();
            if (!_glasses.Boot())
            {
                throw new InvalidOperationException("the glasses could not load their records after a power cut");
            }

            if (payment.Step == Step.Final)
            {
                return true;
            }

            byte[] stored = new byte[16];
            if (_glasses.Store.Read(InFlightRecord, stored, 0, 16) == 16 && stored.AsSpan().SequenceEqual(payment.Request.RequestId))
            {
                payment.Rebooted = true;
                payment.Step = Step.Ask;
            }
            else
            {
                // The in-flight record never landed, so nothing was sent.
                Finish(payment, WalletOutcome.None);
            }

            return true;
        }

        private WalletEvent NextEventFor(Payment payment)
        {
            WalletEvent e;
            while ((e = _glasses.Poll()) != null)
            {
                if (e.Kind < WalletEventKind.Keepalive || e.Kind > WalletEventKind.Failed
                    || (e.Kind == WalletEventKind.Decision && (e.Outcome < WalletOutcome.Approved || e.Outcome > WalletOutcome.Cancelled)))
                {
                    _result.Fail(FaultInvariant.RefusalsTyped, "event " + e.Kind + " outcome " + e.Outcome);
                }

                if ((e.Kind == WalletEventKind.Decision || e.Kind == WalletEventKind.Failed) && e.IsFor(payment.Request.RequestId))
                {
                    return e;
                }
            }

            return null;
        }

        private void Tick()
        {
            _clock.Now += StepMs;
            _glasses.Pump();
        }

        private bool Until(Func<bool> done, long deadlineMs)
        {
            long deadline = _clock.NowMs + deadlineMs;
            while (!done())
            {
                if (_clock.NowMs > deadline)
                {
                    return false;
                }

                while (_glasses.Poll() != null)
                {
                }

                Tick();
            }

            return true;
        }

        // The faults stop; everything in flight arrives (a late fragment may still reach the wallet); a payment the
        // glasses gave up on is asked about again, without faults.
        private void Settle()
        {
            _plan.Active = false;
            Until(() => false, 40_000);
            foreach (Payment payment in _payments)
            {
                if (payment.Step != Step.Final)
                {
                    payment.Asks = 0;
                    payment.Step = Step.Ask;
                    Pay(payment, 60_000, true);
                }
            }

            Until(() => false, 40_000);
        }

        private void Check()
        {
            long twice = (long)_wallet.Store.Scalar("SELECT COUNT(*) FROM (SELECT 1 FROM ledger GROUP BY device_id, request_id HAVING COUNT(*) > 1)");
            long paidTwice = (long)_wallet.Store.Scalar(
                "SELECT COUNT(*) FROM (SELECT r.payload FROM ledger l JOIN requests r ON r.device_id = l.device_id AND r.request_id = l.request_id GROUP BY r.payload HAVING COUNT(*) > 1)");
            if (twice + paidTwice > 0)
            {
                _result.Fail(FaultInvariant.OneDecisionPerRequest, twice + " request ids booked twice, " + paidTwice + " single-use codes paid twice");
            }

            foreach (Payment payment in _payments)
            {
                bool booked = _wallet.Store.LedgerCount(_deviceId, payment.Request.RequestId) > 0;
                if (payment.Step != Step.Final)
                {
                    _result.Fail(FaultInvariant.NothingStuck, "payment " + payment.Name + " never settled (" + payment.Step + ")");
                }
                else if (booked != (payment.Belief == WalletOutcome.Approved))
                {
                    _result.Fail(FaultInvariant.GlassesAgreeWithLedger, "payment " + payment.Name + ": glasses " + payment.Belief + ", ledger " + (booked ? "booked" : "not booked"));
                }

                _result.Approved += booked ? 1 : 0;
                _result.AskedAgain += payment.WasUnknown && payment.Step == Step.Final ? 1 : 0;
            }
        }

        private sealed class Payment
        {
            public Payment(string payload, Random random)
            {
                Request = new PaymentRequest(64);
                random.NextBytes(Request.RequestId);
                byte[] bytes = Encoding.ASCII.GetBytes(payload);
                bytes.CopyTo(Request.Payload, 0);
                Request.PayloadLength = bytes.Length;
                Request.Payee = "Cafe Alpha";
                Request.AmountMinor = 1250;
                Request.CurrencyNumeric = 702;
                Request.Kind = GlassesFirmware.Payload.PayloadKind.EmvMerchant;
                Request.Dynamic = true;
                Name = Convert.ToHexStringLower(Request.RequestId, 0, 4);
            }

            public PaymentRequest Request { get; }

            public string Name { get; }

            public Step Step { get; set; }

            public WalletOutcome Belief { get; set; }

            public int Asks { get; set; }

            public bool WasUnknown { get; set; }

            public bool Rebooted { get; set; }

            public bool Recorded { get; set; }
        }
    }
}
