using GlassesFirmware.Decision;
using GlassesFirmware.Session;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>Issue 17, item 7: what the glasses say is true in the state they are in (docs/session.md, "What the wearer hears").</summary>
    [TestClass]
    public class TruthfulSpeechTests
    {
        [TestMethod]
        public void CancelWhileAuthorizingSaysThePaymentMayStillGoThroughThenTheTruth()
        {
            SessionRig rig = SessionStateTests.DriveTo(SessionState.Authorizing);
            rig.Hold();
            Assert.AreEqual("Cancelling. The wallet may still complete it.", rig.Feedback.LastSentence);
            Assert.IsFalse(rig.Feedback.Said("Cancelled."), "not cancelled yet");
            Assert.AreEqual("cancelUnconfirmed", rig.Error);
            Assert.AreEqual(1, rig.Wallet.Cancels);

            // The wallet had already approved: that is what the wearer hears, and what the session reports.
            rig.Wallet.Decide(WalletOutcome.Approved, DeclineReason.None);
            rig.Run(20);
            Assert.AreEqual("An earlier payment went through.", rig.Feedback.LastSentence);
            Assert.AreEqual("approved", rig.Outcome);
            Assert.AreEqual("none", rig.Error);
            Assert.IsFalse(rig.Session.HasUnsettledRequest);
        }

        [TestMethod]
        public void CancelBeforeConfirmingIsCancelledAtOnce()
        {
            SessionRig rig = SessionStateTests.DriveTo(SessionState.Confirming);
            rig.Hold();
            Assert.AreEqual("Cancelled.", rig.Feedback.LastSentence);
            Assert.AreEqual("cancelled", rig.Error);
        }

        [TestMethod]
        public void AWalletThatAnsweredButLateIsNotCalledUnreachable()
        {
            SessionRig rig = SessionStateTests.DriveTo(SessionState.Authorizing);
            rig.Run(rig.Settings.AuthorizeTimeoutMs + 20);
            Assert.AreEqual("walletLate", rig.Error);
            Assert.IsFalse(rig.Feedback.Said("not reachable"));
            Assert.AreEqual("Your wallet did not answer in time. It may still complete the payment.", rig.Feedback.LastSentence);

            // Its late answer is reported.
            rig.Wallet.Decide(WalletOutcome.Declined, DeclineReason.None);
            rig.Run(20);
            Assert.AreEqual("An earlier payment did not go through.", rig.Feedback.LastSentence);
            Assert.AreEqual("declined", rig.Outcome);
        }

        [TestMethod]
        public void AWalletThatKeptInTouchButNeverResolvedIsLateAndNothingWasPaid()
        {
            SessionRig rig = SessionStateTests.DriveTo(SessionState.Understood);
            rig.Wallet.Keepalive();
            rig.Run(rig.Settings.ResolveTimeoutMs + 20);
            Assert.AreEqual("walletLate", rig.Error);
            Assert.AreEqual("Your wallet did not answer in time. Nothing was paid.", rig.Feedback.LastSentence);
        }

        [TestMethod]
        public void AWalletThatNeverAnsweredIsUnreachable()
        {
            SessionRig rig = SessionStateTests.DriveTo(SessionState.Understood);
            rig.Run(rig.Settings.ResolveTimeoutMs + 20);
            Assert.AreEqual("walletTimeout", rig.Error);
            Assert.AreEqual("Your wallet is not reachable.", rig.Feedback.LastSentence);
        }

        [TestMethod]
        public void APayloadOverTheLimitIsRefusedAtOnceAndSaidSo()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.TooLong);
            Assert.AreEqual((int)SessionState.Done, (int)rig.State);
            Assert.AreEqual("payloadTooLong", rig.Error);
            Assert.AreEqual((int)SessionState.Scanning, (int)rig.Session.LastErrorState);
            Assert.AreEqual("This code is too long to pay.", rig.Feedback.LastSentence);
            Assert.AreEqual(0, rig.Wallet.Submits);
        }

        [TestMethod]
        public void APayloadOverTheLimitBesideAGoodCodeDoesNotStopTheGoodOne()
        {
            var rig = new SessionRig();
            rig.Tap();
            rig.Scanner.Show(Codes.TooLong);
            rig.Scanner.Show(Codes.StaticWithAmount);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Understood, (int)rig.State);
        }
    }
}
