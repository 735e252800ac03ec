using GlassesFirmware.Decision;
using GlassesFirmware.Feedback;
using GlassesFirmware.Session;
using GlassesFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>End-to-end payments through the session with a fake clock and scripted adapters (issue 6 acceptance).</summary>
    [TestClass]
    public class PaymentScenarioTests
    {
        [TestMethod]
        public void StaticCodeWithSpokenAmount()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.StaticNoAmount);
            Assert.AreEqual((int)SessionState.Understood, (int)rig.State);
            Assert.AreEqual(1, rig.Wallet.Submits);
            Assert.AreEqual(Codes.StaticNoAmount, rig.Wallet.LastPayload);
            Assert.IsTrue(rig.HasRecord("pay.inflight"), "stored before it was sent");

            rig.Wallet.NeedsAmount("SHOP", 702);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Prompting, (int)rig.State);
            Assert.IsTrue(rig.Feedback.Said("say the amount in Singapore dollars"), rig.Feedback.LastSentence);

            rig.Say(800);
            Assert.IsTrue(rig.Wallet.VoiceBlocks >= 40, "blocks " + rig.Wallet.VoiceBlocks);
            Assert.AreEqual(1, rig.Wallet.VoiceEnds);

            rig.Wallet.NeedsConfirmation("SHOP", 1250, 702);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Confirming, (int)rig.State);
            Assert.AreEqual("Pay 12.50 Singapore dollars to the payee named SHOP, end of name. Say confirm, or tap, to pay.", rig.Session.Readback);

            rig.Say(600);
            Assert.AreEqual((int)SessionState.Authorizing, (int)rig.State);
            Assert.AreEqual(1, rig.Wallet.Confirms);
            Assert.AreEqual((int)ConfirmationMethod.Voice, (int)rig.Wallet.LastMethod);
            Assert.AreEqual(rig.Session.Readback, rig.Wallet.LastReadback);
            Assert.AreEqual(2, rig.Wallet.VoiceEnds);

            rig.Wallet.Decide(WalletOutcome.Approved, DeclineReason.None);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Done, (int)rig.State);
            Assert.AreEqual("approved", rig.Outcome);
            Assert.AreEqual((int)FeedbackCue.Approved, (int)rig.Feedback.Current);
            Assert.AreEqual("Paid.", rig.Feedback.LastSentence);
            Assert.IsFalse(rig.HasRecord("pay.inflight"));
            rig.Run(3000);
            Assert.AreEqual((int)SessionState.Idle, (int)rig.State);
        }

        [TestMethod]
        public void StaticCodeWithAmountConfirmedByTap()
        {
            var rig = new SessionRig();
            rig.ToConfirming(Codes.StaticWithAmount, 1250);
            Assert.AreEqual("Pay 12.50 Singapore dollars to the payee named SHOP, end of name. Say confirm, or tap, to pay.", rig.Session.Readback);
            rig.Tap();
            Assert.AreEqual((int)SessionState.Authorizing, (int)rig.State);
            Assert.AreEqual((int)ConfirmationMethod.Button, (int)rig.Wallet.LastMethod);
            rig.Wallet.Decide(WalletOutcome.Approved, DeclineReason.None);
            rig.Run(20);
            Assert.AreEqual("approved", rig.Outcome);
        }

        [TestMethod]
        public void DynamicCodeIsPaidAtMostOnce()
        {
            var rig = new SessionRig();
            PayByTap(rig, Codes.Dynamic, 700);
            Assert.AreEqual("approved", rig.Outcome);
            Assert.IsTrue(rig.HasRecord("pay.paid"));
            rig.Run(3000);

            rig.Scan(Codes.Dynamic);
            Assert.AreEqual("failed", rig.Outcome);
            Assert.AreEqual("alreadyPaid", rig.Error);
            Assert.AreEqual(1, rig.Wallet.Submits);
            Assert.AreEqual("This code was already paid.", rig.Feedback.LastSentence);

            // The list of paid codes survives a reboot.
            rig.Run(3000);
            rig.Boot();
            rig.Scan(Codes.Dynamic);
            Assert.AreEqual("alreadyPaid", rig.Error);
            Assert.AreEqual(1, rig.Wallet.Submits);
        }

        [TestMethod]
        public void DynamicCodeReEncodedWithALowerCaseCrcIsNotPaidAgain()
        {
            var rig = new SessionRig();
            PayByTap(rig, Codes.Dynamic, 700);
            Assert.AreEqual("approved", rig.Outcome);
            rig.Run(3000);

            // The same code with its CRC hex in lower case: accepted with a warning, other bytes, same payment.
            string crc = Codes.Dynamic.Substring(Codes.Dynamic.Length - 4);
            string lower = Codes.Dynamic.Substring(0, Codes.Dynamic.Length - 4) + crc.ToLower();
            Assert.AreNotEqual(Codes.Dynamic, lower);
            rig.Scan(lower);
            Assert.AreEqual("failed", rig.Outcome);
            Assert.AreEqual("alreadyPaid", rig.Error);
            Assert.AreEqual(1, rig.Wallet.Submits);
        }

        [TestMethod]
        public void StaticCodeMayBePaidAgain()
        {
            var rig = new SessionRig();
            PayByTap(rig, Codes.StaticWithAmount, 1250);
            rig.Run(3000);
            rig.Wallet.Decided = WalletOutcome.None;
            PayByTap(rig, Codes.StaticWithAmount, 1250);
            Assert.AreEqual("approved", rig.Outcome);
            Assert.AreEqual(2, rig.Wallet.Submits);
        }

        [TestMethod]
        public void RequestIdsAreEpochThenCounterAndNeverRepeat()
        {
            var rig = new SessionRig();
            PayByTap(rig, Codes.StaticWithAmount, 1250);
            byte[] first = (byte[])rig.Wallet.KnownId.Clone();
            rig.Run(3000);
            rig.Wallet.Decided = WalletOutcome.None;
            rig.Boot();
            PayByTap(rig, Codes.StaticWithAmount, 1250);
            byte[] second = rig.Wallet.KnownId;
            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual(first[i], second[i], "same epoch after a reboot");
            }
            Assert.AreEqual((byte)1, first[15]);
            Assert.AreEqual((byte)2, second[15]);

            // A factory reset (empty store) draws a new epoch.
            var fresh = new SessionRig();
            fresh.Clock.Now = 987654;
            PayByTap(fresh, Codes.StaticWithAmount, 1250);
            bool differs = false;
            for (int i = 0; i < 8; i++)
            {
                differs |= fresh.Wallet.KnownId[i] != first[i];
            }
            Assert.IsTrue(differs);
        }

        [TestMethod]
        public void EpochComesFromTheRandomSourceWhenComposed()
        {
            var rig = new SessionRig();
            rig.Random = new CountingRandom(0xA0);
            rig.Boot();
            PayByTap(rig, Codes.StaticWithAmount, 1250);
            Assert.AreEqual((byte)0xA0, rig.Wallet.KnownId[0]);
            Assert.AreEqual((byte)0xA7, rig.Wallet.KnownId[7]);
            Assert.AreEqual((byte)1, rig.Wallet.KnownId[15]);
        }

        [TestMethod]
        public void VoiceDeclined()
        {
            var rig = new SessionRig();
            rig.ToConfirming(Codes.StaticWithAmount, 1250);
            rig.Say(500);
            rig.Wallet.Decide(WalletOutcome.Declined, DeclineReason.VoiceMismatch);
            rig.Run(20);
            Assert.AreEqual("declined", rig.Outcome);
            Assert.AreEqual((int)DeclineReason.VoiceMismatch, (int)rig.Session.LastDecline);
            Assert.AreEqual("Your voice did not match.", rig.Feedback.LastSentence);
            Assert.AreEqual((int)FeedbackCue.Declined, (int)rig.Feedback.Current);
            Assert.IsFalse(rig.HasRecord("pay.inflight"));
        }

        [TestMethod]
        public void ASpokenConfirmationTheUplinkCannotTakeWholeIsNotSentAndATapStillPays()
        {
            // The uplink's queue takes two voice calls, then is full (a slow link): the utterance is lost, no end is sent.
            var rig = new SessionRig();
            rig.ToConfirming(Codes.StaticWithAmount, 1250);
            rig.Wallet.VoiceCallsTaken = 2;
            rig.Say(1500);
            Assert.AreEqual((int)SessionState.Confirming, (int)rig.State);
            Assert.AreEqual("Your voice did not reach the wallet. Tap to pay.", rig.Feedback.LastSentence);
            Assert.AreEqual(0, rig.Wallet.VoiceEnds);
            Assert.AreEqual(0, rig.Wallet.Confirms);
            rig.Tap();
            Assert.AreEqual(1, rig.Wallet.Confirms);
            Assert.AreEqual((int)ConfirmationMethod.Button, (int)rig.Wallet.LastMethod);
        }

        [TestMethod]
        public void ALostSpokenConfirmationWithoutTapConfirmationDropsTheRequest()
        {
            var rig = new SessionRig();
            rig.Settings.ButtonConfirmation = false;
            rig.Boot();
            rig.ToConfirming(Codes.StaticWithAmount, 1250);
            rig.Wallet.VoiceCallsTaken = 0;
            rig.Say(800);
            Assert.AreEqual("failed", rig.Outcome);
            Assert.AreEqual("linkDown", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Confirms);
            Assert.AreEqual(1, rig.Wallet.Cancels);
        }

        [TestMethod]
        public void TwoCodesInViewTheWearerChoosesTheSecond()
        {
            var rig = new SessionRig();
            rig.Tap();
            rig.Scanner.Show(Codes.StaticWithAmount);
            rig.Scanner.Show(Codes.OtherMerchant);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Choosing, (int)rig.State);
            Assert.AreEqual(0, rig.Wallet.Submits);
            Assert.IsTrue(rig.Feedback.LastSentence.IndexOf("Two different payment codes") == 0, rig.Feedback.LastSentence);
            Assert.IsTrue(rig.Feedback.LastSentence.IndexOf("SHOP") > 0);

            // Double tap: the next code is read back; tap: that one is paid.
            rig.Button.Press(rig.Clock.Now + 1, rig.Clock.Now + 60);
            rig.Button.Press(rig.Clock.Now + 150, rig.Clock.Now + 220);
            rig.Run(300);
            Assert.IsTrue(rig.Feedback.LastSentence.IndexOf("OTHER") >= 0, rig.Feedback.LastSentence);
            Assert.AreEqual((int)SessionState.Choosing, (int)rig.State);
            rig.Tap();
            Assert.AreEqual((int)SessionState.Understood, (int)rig.State);
            Assert.AreEqual(Codes.OtherMerchant, rig.Wallet.LastPayload);
        }

        [TestMethod]
        public void SameCodeSeenTwiceIsNotAChoice()
        {
            var rig = new SessionRig();
            rig.Tap();
            rig.Scanner.Show(Codes.StaticWithAmount);
            rig.Scanner.Show(Codes.StaticWithAmount);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Understood, (int)rig.State);
        }

        [TestMethod]
        public void AllowListedUrlCodeIsForwardedAndReadBackWithTheWalletsPayee()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.AlipayUrl);
            Assert.AreEqual((int)SessionState.Understood, (int)rig.State);
            Assert.AreEqual(Codes.AlipayUrl, rig.Wallet.LastPayload);
            rig.Wallet.NeedsConfirmation("Lucky Noodle Bar", 3800, 156);
            rig.Run(20);
            Assert.AreEqual("Pay 38.00 Chinese yuan to the payee named Lucky Noodle Bar, end of name. Say confirm, or tap, to pay.", rig.Session.Readback);
        }

        [DataRow(500L, 392, "Pay 500 Japanese yen to the payee named Sushi Bar, end of name.")]
        [DataRow(1500L, 414, "Pay 1.500 Kuwaiti dinars to the payee named Sushi Bar, end of name.")]
        [DataRow(100L, 840, "Pay 1.00 US dollar to the payee named Sushi Bar, end of name.")]
        [DataRow(5L, 702, "Pay 0.05 Singapore dollars to the payee named Sushi Bar, end of name.")]
        public void ResolvedAmountIsSpokenWithItsCurrencyExponent(long amount, int currency, string expected)
        {
            var rig = new SessionRig();
            rig.Scan(Codes.AlipayUrl);
            rig.Wallet.NeedsConfirmation("Sushi Bar", amount, currency);
            rig.Run(20);
            Assert.AreEqual(expected + " Say confirm, or tap, to pay.", rig.Session.Readback);
        }

        [TestMethod]
        public void ReadbackInChinese()
        {
            var rig = new SessionRig();
            rig.Settings.Language = "zh";
            rig.Boot();
            rig.Scan(Codes.StaticWithAmount);
            rig.Wallet.NeedsConfirmation("ACME", 1250, 702);
            rig.Run(20);
            Assert.AreEqual("向名为ACME（名称结束）的收款方支付12.50新加坡元。付款码上写的是名为SHOP（名称结束）的收款方。请说“确认”或轻点付款。", rig.Session.Readback);
            rig.Hold();
            Assert.AreEqual("已取消。", rig.Feedback.LastSentence);
        }

        [TestMethod]
        public void ConfirmationWithoutAnyAmountAsksForIt()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.AlipayUrl);
            rig.Wallet.NeedsConfirmation("Lucky Noodle Bar", -1, 156);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Prompting, (int)rig.State);
            Assert.IsNull(rig.Session.Readback);
        }

        [TestMethod]
        public void UrlCodeNotAllowListedIsNeverForwarded()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.EvilUrl);
            Assert.AreEqual("failed", rig.Outcome);
            Assert.AreEqual("urlNotAllowed", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Submits);
            Assert.IsFalse(rig.HasRecord("pay.inflight"));
            Assert.AreEqual("This payment link is not allowed.", rig.Feedback.LastSentence);
        }

        [TestMethod]
        public void UrlCodeAllowListedByConfiguration()
        {
            var rig = new SessionRig();
            rig.Settings.AllowedHosts = new string[] { "qr.alipay.com", "pay.evil.example" };
            rig.Boot();
            rig.Scan(Codes.EvilUrl);
            Assert.AreEqual((int)SessionState.Understood, (int)rig.State);
            Assert.AreEqual(1, rig.Wallet.Submits);
        }

        [TestMethod]
        public void WalletResolvedPayeeReplacesTheCodesText()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.StaticWithAmount);
            rig.Wallet.NeedsConfirmation("ACME TRADING PTE LTD", 1250, 702);
            rig.Run(20);
            Assert.AreEqual("Pay 12.50 Singapore dollars to the payee named ACME TRADING PTE LTD, end of name. The code said the payee named SHOP, end of name. Say confirm, or tap, to pay.", rig.Session.Readback);
        }

        [TestMethod]
        public void LinkDropWhileAuthorizingThenResumeWithOneDecision()
        {
            var rig = new SessionRig();
            rig.ToAuthorizing();
            Assert.AreEqual((int)SessionState.Authorizing, (int)rig.State);

            rig.Wallet.DropLink();
            rig.Run(2000);
            // The wallet decides while the link is down; its answer is lost.
            rig.Wallet.DecideUnheard(WalletOutcome.Approved);
            rig.Run(2000);
            Assert.AreEqual((int)SessionState.Authorizing, (int)rig.State);

            rig.Wallet.RestoreLink();
            rig.Run(20);
            Assert.AreEqual(1, rig.Wallet.Queries);
            rig.Wallet.AnswerStatus();
            rig.Run(20);
            Assert.AreEqual("approved", rig.Outcome);
            Assert.AreEqual(1, rig.Wallet.Submits);
            Assert.AreEqual(1, rig.Wallet.Confirms);
            Assert.AreEqual(1, rig.Wallet.Decisions);
            Assert.IsFalse(rig.HasRecord("pay.inflight"));
        }

        [TestMethod]
        public void ConfirmationDuringALinkDropIsSentWhenTheLinkReturns()
        {
            var rig = new SessionRig();
            rig.ToConfirming(Codes.StaticWithAmount, 1250);
            rig.Wallet.LinkUp = false;
            rig.Tap();
            Assert.AreEqual((int)SessionState.Authorizing, (int)rig.State);
            Assert.AreEqual(0, rig.Wallet.Confirms);
            rig.Wallet.RestoreLink();
            rig.Run(20);
            Assert.AreEqual(1, rig.Wallet.Confirms);
        }

        [TestMethod]
        public void KeepalivesExtendAuthorizingUpToTheMaximum()
        {
            var rig = new SessionRig();
            rig.ToAuthorizing();
            for (int i = 0; i < 5; i++)
            {
                rig.Run(10000);
                rig.Wallet.Keepalive();
                rig.Run(10);
                Assert.AreEqual((int)SessionState.Authorizing, (int)rig.State, "keepalive " + i);
            }
            // 50 s in; the 60 s cap ends it even with keepalives.
            rig.Run(10000);
            rig.Wallet.Keepalive();
            rig.Run(10);
            // The wallet was in contact all along: late, not unreachable, and it may still complete the payment.
            Assert.AreEqual("walletLate", rig.Error);
            Assert.AreEqual("Your wallet did not answer in time. It may still complete the payment.", rig.Feedback.LastSentence);
            Assert.AreEqual(1, rig.Wallet.Cancels);
            // Timed out, not settled: the record stays until the wallet answers about that request id.
            Assert.IsTrue(rig.Session.HasUnsettledRequest);
        }

        [TestMethod]
        public void RebootMidAuthorizationAsksInsteadOfPayingAgain()
        {
            var rig = new SessionRig();
            rig.ToAuthorizing();
            Assert.AreEqual((int)SessionState.Authorizing, (int)rig.State);
            rig.Wallet.DecideUnheard(WalletOutcome.Approved);

            rig.Boot();
            Assert.AreEqual((int)SessionState.Authorizing, (int)rig.State);
            Assert.AreEqual(1, rig.Wallet.Queries);
            rig.Wallet.AnswerStatus();
            rig.Run(20);
            Assert.AreEqual("approved", rig.Outcome);
            Assert.AreEqual("An earlier payment went through.", rig.Feedback.LastSentence);
            Assert.AreEqual(1, rig.Wallet.Submits);
            Assert.AreEqual(1, rig.Wallet.Decisions);
            Assert.IsFalse(rig.Session.HasUnsettledRequest);
        }

        [TestMethod]
        public void RebootBeforeTheRequestReachedTheWalletPaysNothing()
        {
            var rig = new SessionRig();
            rig.Wallet.LinkUp = true;
            rig.Scan(Codes.StaticWithAmount);
            // Power cut right after storing: pretend the submission never left the glasses.
            rig.Wallet.KnownId = null;
            rig.Boot();
            rig.Wallet.AnswerStatus();
            rig.Run(20);
            Assert.AreEqual("failed", rig.Outcome);
            Assert.AreEqual("interrupted", rig.Error);
            Assert.AreEqual(1, rig.Wallet.Submits);
            Assert.AreEqual("An earlier payment did not go through.", rig.Feedback.LastSentence);
            Assert.IsFalse(rig.Session.HasUnsettledRequest);
        }

        [TestMethod]
        public void UnsettledRequestBlocksANewPaymentUntilTheWalletAnswers()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.StaticWithAmount);
            rig.Run(10000);
            Assert.AreEqual("walletTimeout", rig.Error);
            rig.Run(3000);
            rig.Tap();
            Assert.AreEqual("refused", rig.Outcome);
            Assert.AreEqual("previousUnresolved", rig.Error);
            rig.Run(3000);
            // In idle the session asks about the old request id; the wallet says it was cancelled.
            Assert.IsTrue(rig.Wallet.Queries >= 1);
            rig.Wallet.Decide(WalletOutcome.Cancelled, DeclineReason.None);
            rig.Run(20);
            Assert.IsFalse(rig.Session.HasUnsettledRequest);
            rig.Wallet.Decided = WalletOutcome.None;
            rig.Scan(Codes.StaticWithAmount);
            Assert.AreEqual((int)SessionState.Understood, (int)rig.State);
        }

        [TestMethod]
        public void WakeWordArmsOnlyWhenConfigured()
        {
            var rig = new SessionRig();
            rig.WakeWord.Heard(rig.Clock.Now);
            rig.Run(50);
            Assert.AreEqual((int)SessionState.Idle, (int)rig.State);

            rig.WakeWordTrigger = true;
            rig.Boot();
            rig.WakeWord.Heard(rig.Clock.Now);
            rig.Run(50);
            Assert.AreEqual((int)SessionState.Scanning, (int)rig.State);
            Assert.AreEqual(1, rig.Session.Audit.CountOf(AuditEvent.Triggered, (int)TriggerSource.WakeWord));
        }

        [TestMethod]
        public void SpeechArmsWhenTheVoiceTriggerIsOn()
        {
            var rig = new SessionRig();
            rig.VoiceTrigger = true;
            rig.Boot();
            rig.Run(1000);
            Assert.AreEqual((int)SessionState.Idle, (int)rig.State, "room noise alone does not arm");
            rig.Mic.Speak(700);
            rig.Run(700);
            Assert.AreEqual((int)SessionState.Scanning, (int)rig.State);
            Assert.AreEqual(1, rig.Session.Audit.CountOf(AuditEvent.Triggered, (int)TriggerSource.Voice));
        }

        [TestMethod]
        public void LowBatteryRefusesToStart()
        {
            var rig = new SessionRig();
            rig.Power.Battery = 5;
            rig.Tap();
            Assert.AreEqual("refused", rig.Outcome);
            Assert.AreEqual("batteryLow", rig.Error);
            Assert.IsFalse(rig.Scanner.On);
            Assert.AreEqual((int)FeedbackCue.Refused, (int)rig.Feedback.Current);
            Assert.AreEqual("Battery too low to pay.", rig.Feedback.LastSentence);
        }

        [TestMethod]
        public void HeatRefusesToStartAndCapsScanning()
        {
            var rig = new SessionRig();
            rig.Power.Temperature = 75;
            rig.Tap();
            Assert.AreEqual("tooHot", rig.Error);
            rig.Run(3000);
            rig.Power.Temperature = 50;
            rig.Tap();
            Assert.AreEqual((int)SessionState.Scanning, (int)rig.State);
            rig.Power.Temperature = 71;
            rig.Run(20);
            Assert.AreEqual("failed", rig.Outcome);
            Assert.AreEqual("tooHot", rig.Error);
            Assert.IsFalse(rig.Scanner.On);
        }

        [TestMethod]
        public void UnknownBatteryAndTemperatureDoNotBlock()
        {
            var rig = new SessionRig();
            rig.Power.Battery = GlassesFirmware.Power.PowerReadings.Unknown;
            rig.Power.Temperature = GlassesFirmware.Power.PowerReadings.Unknown;
            rig.Tap();
            Assert.AreEqual((int)SessionState.Scanning, (int)rig.State);
        }

        [TestMethod]
        public void ScannerThatDoesNotStartFailsAtOnce()
        {
            var rig = new SessionRig();
            rig.Scanner.Broken = true;
            rig.Tap();
            Assert.AreEqual("failed", rig.Outcome);
            Assert.AreEqual("captureFailed", rig.Error);
            Assert.AreEqual((int)SessionState.Armed, (int)rig.Session.LastErrorState);
        }

        [TestMethod]
        public void StorageFailureSendsNothing()
        {
            var rig = new SessionRig();
            rig.Store.FailWrites = true;
            rig.Scan(Codes.StaticWithAmount);
            Assert.AreEqual("storageFailed", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Submits);
        }

        [TestMethod]
        public void LinkDownAtSubmitFailsWithoutLeavingARecord()
        {
            var rig = new SessionRig();
            rig.Wallet.LinkUp = false;
            rig.Scan(Codes.StaticWithAmount);
            Assert.AreEqual("linkDown", rig.Error);
            Assert.AreEqual("Your wallet is not reachable.", rig.Feedback.LastSentence);
            Assert.IsFalse(rig.Session.HasUnsettledRequest);
        }

        [TestMethod]
        public void GlassesWithNoLinkAtAllRefuseToPayAndSayWhy()
        {
            var rig = new SessionRig();
            rig.WalletPort = new NoWalletLink();
            rig.Boot();
            rig.Scan(Codes.StaticWithAmount);
            Assert.AreEqual("linkDown", rig.Error);
            Assert.AreEqual("Your wallet is not reachable.", rig.Feedback.LastSentence);
            Assert.IsFalse(rig.Session.HasUnsettledRequest);
            Assert.AreEqual(0, rig.Wallet.Submits);
        }

        [TestMethod]
        public void NotPairedIsTyped()
        {
            var rig = new SessionRig();
            rig.Wallet.Paired = false;
            rig.Scan(Codes.StaticWithAmount);
            Assert.AreEqual("notPaired", rig.Error);
            Assert.IsFalse(rig.Session.HasUnsettledRequest);
        }

        [TestMethod]
        public void TextCodeKeepsScanningAndIsTheReasonAtTheCap()
        {
            var rig = new SessionRig();
            rig.Scan("hello, this is a poster");
            Assert.AreEqual((int)SessionState.Scanning, (int)rig.State);
            rig.Run(9000);
            Assert.AreEqual("notPayment", rig.Error);
        }

        [TestMethod]
        public void WiFiCodeIsNotACandidate()
        {
            var rig = new SessionRig();
            rig.Scan("WIFI:S:cafe;T:WPA;P:secret;;");
            Assert.AreEqual((int)SessionState.Scanning, (int)rig.State);
            rig.Run(9000);
            Assert.AreEqual("notPayment", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Submits);
        }

        [TestMethod]
        public void CryptoCodeReachesTheWalletOnlyWhenTheConfigurationAllowsIt()
        {
            const string Bip21 = "bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50";
            var refused = new SessionRig();
            refused.Scan(Bip21);
            Assert.AreEqual(0, refused.Wallet.Submits);
            Assert.AreEqual("payloadInvalid", refused.Error);
            Assert.IsTrue(refused.Feedback.Said("crypto-currency payment"), "the wearer hears why, not only that it failed");

            var allowed = new SessionRig();
            allowed.Settings.AllowCrypto = true;
            allowed.Boot();
            allowed.Scan(Bip21);
            Assert.AreEqual(1, allowed.Wallet.Submits);
        }

        [TestMethod]
        public void ACodeThatIsNotAPaymentIsNamedWithoutAnythingFromIt()
        {
            var rig = new SessionRig();
            rig.Scan("WIFI:S:cafe;T:WPA;P:secret;;");
            rig.Run(rig.Settings.ScanTimeoutMs + 100);
            Assert.AreEqual("notPayment", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Submits);
            Assert.IsTrue(rig.Feedback.Said("Wi-Fi network"), rig.Feedback.LastSentence);
            Assert.IsFalse(rig.Feedback.Said("secret"));
        }

        [TestMethod]
        public void PlainTextEndsWithTheNotAPaymentPhrase()
        {
            var rig = new SessionRig();
            rig.Scan("Hello");
            rig.Run(rig.Settings.ScanTimeoutMs + 100);
            Assert.AreEqual("notPayment", rig.Error);
            Assert.IsFalse(rig.Feedback.Said("Hello"));
        }

        [TestMethod]
        public void AmountAboveTheLimitIsRefused()
        {
            var rig = new SessionRig();
            rig.Settings.Limits.MaxAmountMinor = 1000;
            rig.Boot();
            rig.Scan(Codes.StaticWithAmount);
            Assert.AreEqual("amountAboveLimit", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Submits);
        }

        [TestMethod]
        public void WithoutAMicrophoneATapConfirmsAndSpokenAmountsAreImpossible()
        {
            var rig = new SessionRig(false, false);
            rig.Scan(Codes.StaticNoAmount);
            rig.Wallet.NeedsAmount("SHOP", 702);
            rig.Run(20);
            Assert.AreEqual("microphoneFailed", rig.Error);
            Assert.AreEqual(1, rig.Wallet.Cancels);
        }

        [TestMethod]
        public void WithoutVoiceStreamingATapConfirmsAndTheMicrophoneStaysOff()
        {
            // The device build without the native encoder: the microphone may trigger, but no voice goes out.
            var rig = new SessionRig();
            rig.Settings.StreamVoice = false;
            rig.Boot();
            rig.ToConfirming(Codes.StaticWithAmount, 1250);
            Assert.AreEqual("Pay 12.50 Singapore dollars to the payee named SHOP, end of name. Tap to pay.", rig.Session.Readback);
            Assert.AreEqual(0, rig.Mic.Starts);
            rig.Say(800);
            rig.Run(1500);
            Assert.AreEqual((int)SessionState.Confirming, (int)rig.State);
            rig.Tap();
            Assert.AreEqual((int)ConfirmationMethod.Button, (int)rig.Wallet.LastMethod);
            rig.Wallet.Decide(WalletOutcome.Approved, DeclineReason.None);
            rig.Run(20);
            Assert.AreEqual("approved", rig.Outcome);
            Assert.AreEqual(0, rig.Mic.Starts);
        }

        [TestMethod]
        public void WithoutVoiceStreamingASpokenAmountIsATypedFailure()
        {
            var rig = new SessionRig();
            rig.Settings.StreamVoice = false;
            rig.Boot();
            rig.Scan(Codes.StaticNoAmount);
            rig.Wallet.NeedsAmount("SHOP", 702);
            rig.Run(20);
            Assert.AreEqual("voiceUnavailable", rig.Error);
            Assert.AreEqual(1, rig.Wallet.Cancels);
            Assert.AreEqual("This code needs a spoken amount, and these glasses cannot send voice.", rig.Feedback.LastSentence);
        }

        [TestMethod]
        public void WalletAskingForTheAmountTooOftenFails()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.StaticNoAmount);
            for (int i = 0; i < 2; i++)
            {
                rig.Wallet.NeedsAmount("SHOP", 702);
                rig.Run(20);
                Assert.AreEqual((int)SessionState.Prompting, (int)rig.State);
                rig.Say(500);
            }
            rig.Wallet.NeedsAmount("SHOP", 702);
            rig.Run(20);
            Assert.AreEqual("amountNotUnderstood", rig.Error);
        }

        [TestMethod]
        public void AFaultingAdapterReturnsTheSessionToIdle()
        {
            var rig = new SessionRig();
            rig.Tap();
            rig.Scanner.Show(null);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Idle, (int)rig.State);
            Assert.AreEqual("fault", rig.Error);
            Assert.AreEqual(1, rig.Session.Audit.CountOf(AuditEvent.Fault, (int)SessionState.Scanning));
            // The session still works afterwards.
            rig.Scan(Codes.StaticWithAmount);
            Assert.AreEqual((int)SessionState.Understood, (int)rig.State);
        }

        [TestMethod]
        public void PairingAndUnpairGesturesArePassedOnOnlyFromIdle()
        {
            var rig = new SessionRig();
            rig.Button.Press(rig.Clock.Now + 1, rig.Clock.Now + 80);
            rig.Button.Add(true, rig.Clock.Now + 200);
            rig.Run(3300);
            Assert.AreEqual((int)GlassesFirmware.Trigger.Gesture.PairingMode, (int)rig.Session.TakeSystemRequest());
            Assert.AreEqual((int)GlassesFirmware.Trigger.Gesture.None, (int)rig.Session.TakeSystemRequest());
            Assert.AreEqual((int)FeedbackCue.PairingMode, (int)rig.Feedback.Current);
            rig.Button.Add(false, rig.Clock.Now);
            rig.Run(100);
            Assert.AreEqual((int)SessionState.Idle, (int)rig.State);
        }

        [TestMethod]
        public void AuditLogIsBoundedAndHoldsNumbersOnly()
        {
            var rig = new SessionRig();
            for (int i = 0; i < 30; i++)
            {
                rig.Power.Battery = 5;
                rig.Tap();
                rig.Run(3000);
            }
            Assert.AreEqual(AuditLog.Capacity, rig.Session.Audit.Count);
            Assert.IsTrue(rig.Session.Audit.Total > AuditLog.Capacity);
            long at;
            SessionState s;
            int detail;
            Assert.AreEqual((int)AuditEvent.Entered, (int)rig.Session.Audit.Get(AuditLog.Capacity - 1, out at, out s, out detail));
            Assert.AreEqual((int)SessionState.Idle, detail);
        }

        private static void PayByTap(SessionRig rig, string code, long amount)
        {
            rig.ToConfirming(code, amount);
            rig.Tap();
            rig.Wallet.Decide(WalletOutcome.Approved, DeclineReason.None);
            rig.Run(20);
        }
    }
}
