using GlassesFirmware.Decision;
using GlassesFirmware.Feedback;
using GlassesFirmware.Session;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>Every state has a cancel (long press), a timeout and a visible outcome.</summary>
    [TestClass]
    public class SessionStateTests
    {
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        [DataRow(4)]
        [DataRow(5)]
        [DataRow(6)]
        [DataRow(7)]
        public void LongPressCancelsInEveryState(int stateNumber)
        {
            SessionState state = (SessionState)stateNumber;
            SessionRig rig = DriveTo(state);
            int cancelsBefore = rig.Wallet.Cancels;
            rig.Hold();
            // Once confirmed (authorizing), the wallet may still complete the payment: "Cancelled." would not be true yet.
            bool confirmed = state == SessionState.Authorizing;
            Assert.AreEqual("cancelled", rig.Outcome, SessionNames.State(state));
            Assert.AreEqual(confirmed ? "cancelUnconfirmed" : "cancelled", rig.Error);
            Assert.AreEqual((int)state, (int)rig.Session.LastErrorState);
            Assert.AreEqual((int)FeedbackCue.Cancelled, (int)rig.Feedback.Current);
            Assert.AreEqual(confirmed ? "Cancelling. The wallet may still complete it." : "Cancelled.", rig.Feedback.LastSentence);
            bool sent = state >= SessionState.Understood;
            Assert.AreEqual(sent ? cancelsBefore + 1 : cancelsBefore, rig.Wallet.Cancels);
            Assert.IsFalse(rig.Scanner.On);
            if (sent)
            {
                // The wallet confirms the cancel: the request is settled and a new payment may start.
                rig.Wallet.Decide(WalletOutcome.Cancelled, DeclineReason.None);
                rig.Run(20);
                Assert.IsFalse(rig.Session.HasUnsettledRequest);
                Assert.AreEqual("Cancelled.", rig.Feedback.LastSentence);
                Assert.AreEqual("cancelled", rig.Error);
            }
            rig.Run(3000);
            Assert.AreEqual((int)SessionState.Idle, (int)rig.State);
        }

        [DataRow(1, "captureFailed")]
        [DataRow(2, "noCode")]
        [DataRow(3, "timeout")]
        [DataRow(4, "walletTimeout")]
        [DataRow(5, "timeout")]
        [DataRow(6, "timeout")]
        [DataRow(7, "walletLate")]
        public void EveryStateTimesOutWithATypedReason(int stateNumber, string error)
        {
            SessionState state = (SessionState)stateNumber;
            SessionRig rig = DriveTo(state);
            long deadline = rig.Session.Deadline;
            Assert.IsTrue(deadline > rig.Clock.Now && deadline <= rig.Clock.Now + 15000, SessionNames.State(state));
            rig.Run((int)(deadline - rig.Clock.Now) - 10);
            Assert.AreEqual((int)state, (int)rig.State, "still " + SessionNames.State(state) + " just before the deadline");
            rig.Run(20);
            Assert.AreEqual("failed", rig.Outcome);
            Assert.AreEqual(error, rig.Error);
            Assert.AreEqual((int)state, (int)rig.Session.LastErrorState);
            Assert.AreEqual((int)FeedbackCue.Failed, (int)rig.Feedback.Current);
            Assert.IsNotNull(rig.Feedback.LastSentence);
            Assert.AreEqual((int)SessionState.Done, (int)rig.State);
            rig.Run(rig.Settings.DoneHoldMs + 20);
            Assert.AreEqual((int)SessionState.Idle, (int)rig.State);
        }

        [TestMethod]
        public void AGestureInDoneReturnsToIdleAtOnce()
        {
            SessionRig rig = DriveTo(SessionState.Scanning);
            rig.Hold();
            Assert.AreEqual((int)SessionState.Done, (int)rig.State);
            rig.Button.Press(rig.Clock.Now + 1, rig.Clock.Now + 60);
            rig.Run(450);
            Assert.AreEqual((int)SessionState.Idle, (int)rig.State);
            Assert.AreEqual((int)FeedbackCue.Idle, (int)rig.Feedback.Current);
        }

        [TestMethod]
        public void CancelEventMethodWorksLikeALongPress()
        {
            SessionRig rig = DriveTo(SessionState.Confirming);
            rig.Session.Cancel();
            Assert.AreEqual("cancelled", rig.Outcome);
            Assert.AreEqual(1, rig.Wallet.Cancels);
            rig.Session.Cancel();
            Assert.AreEqual(1, rig.Wallet.Cancels);
        }

        [TestMethod]
        public void EachStateShowsItsCue()
        {
            Assert.AreEqual((int)FeedbackCue.Scanning, (int)DriveTo(SessionState.Scanning).Feedback.Current);
            Assert.AreEqual((int)FeedbackCue.Choosing, (int)DriveTo(SessionState.Choosing).Feedback.Current);
            Assert.AreEqual((int)FeedbackCue.Understood, (int)DriveTo(SessionState.Understood).Feedback.Current);
            Assert.AreEqual((int)FeedbackCue.Prompting, (int)DriveTo(SessionState.Prompting).Feedback.Current);
            Assert.AreEqual((int)FeedbackCue.Confirming, (int)DriveTo(SessionState.Confirming).Feedback.Current);
            Assert.AreEqual((int)FeedbackCue.Authorizing, (int)DriveTo(SessionState.Authorizing).Feedback.Current);
            Assert.AreEqual((int)FeedbackCue.Armed, (int)DriveTo(SessionState.Armed).Feedback.Current);
        }

        /// <summary>A fresh rig in <paramref name="state"/> (armed uses a camera that delivers no frame).</summary>
        internal static SessionRig DriveTo(SessionState state)
        {
            SessionRig rig;
            if (state == SessionState.Armed)
            {
                rig = new SessionRig(true, true);
                rig.Camera.Delivers = false;
                rig.Tap();
            }
            else
            {
                rig = new SessionRig();
                rig.Tap();
                if (state == SessionState.Choosing)
                {
                    rig.Scanner.Show(Codes.StaticWithAmount);
                    rig.Scanner.Show(Codes.OtherMerchant);
                    rig.Run(20);
                }
                else if (state == SessionState.Prompting)
                {
                    rig.Scanner.Show(Codes.StaticNoAmount);
                    rig.Run(20);
                    rig.Wallet.NeedsAmount("SHOP", 702);
                    rig.Run(20);
                }
                else if (state >= SessionState.Understood)
                {
                    rig.Scanner.Show(Codes.StaticWithAmount);
                    rig.Run(20);
                    if (state >= SessionState.Confirming)
                    {
                        rig.Wallet.NeedsConfirmation("SHOP", 1250, 702);
                        rig.Run(20);
                    }
                    if (state == SessionState.Authorizing)
                    {
                        rig.Tap();
                    }
                }
            }
            Assert.AreEqual(SessionNames.State(state), SessionNames.State(rig.State));
            return rig;
        }
    }
}
