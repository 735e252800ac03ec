using GlassesFirmware.Decision;
using GlassesFirmware.Session;
using GlassesFirmware.Tests.Payload;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Session
{
    /// <summary>
    /// Issue 17, items 2-4: the readback is composed from what the wallet will book, differences are said or refused,
    /// the amount limit holds for every source of the amount, and outside names are sanitised and quoted.
    /// </summary>
    [TestClass]
    public class WalletAgreementTests
    {
        private const string Hint = " Say confirm, or tap, to pay.";

        [TestMethod]
        public void AnotherCurrencyFromTheWalletIsRefusedByDefault()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.StaticWithAmount);
            rig.Wallet.NeedsConfirmation("SHOP", 1250, 840);
            rig.Run(20);
            Assert.AreEqual("walletDiffers", rig.Error);
            Assert.IsNull(rig.Session.Readback);
            Assert.IsFalse(rig.Feedback.Said("Singapore dollars"), "nothing read back");
            Assert.AreEqual("Your wallet's amount or currency differs from the code. Not paying.", rig.Feedback.LastSentence);
            Assert.AreEqual(1, rig.Wallet.Cancels);
            Assert.AreEqual(0, rig.Wallet.Confirms);
        }

        [TestMethod]
        public void AnotherCurrencyIsSpokenAsADifferenceWhenThePolicySaysSo()
        {
            var rig = Speaking();
            rig.Scan(Codes.StaticWithAmount);
            rig.Wallet.NeedsConfirmation("SHOP", 1250, 840);
            rig.Run(20);
            string expected = "Pay 12.50 US dollars to the payee named SHOP, end of name."
                + " The wallet says US dollars, the code said Singapore dollars." + Hint;
            Assert.AreEqual(expected, rig.Session.Readback);
            Assert.AreEqual(expected, rig.Feedback.LastSentence);
            // What the wallet gets with the confirmation (and hashes) is the sentence the wearer heard.
            rig.Tap();
            Assert.AreEqual(expected, rig.Wallet.LastReadback);
        }

        [TestMethod]
        public void AnotherAmountIsSpokenAsADifference()
        {
            var rig = Speaking();
            rig.Scan(Codes.StaticWithAmount);
            rig.Wallet.NeedsConfirmation("SHOP", 99999999, 702);
            rig.Run(20);
            Assert.AreEqual("Pay 999999.99 Singapore dollars to the payee named SHOP, end of name."
                + " The wallet says 999999.99 Singapore dollars, the code said 12.50 Singapore dollars." + Hint, rig.Session.Readback);
        }

        [TestMethod]
        public void TheCodesFeeIsSaidOnlyWhileTheWalletBooksTheCodesAmount()
        {
            // 100.00 SGD plus a fixed fee of 4.50 (55=02, 56=4.50).
            string code = PayloadTestKit.WithCrc("00020101021126250009SG.PAYNOW0101202031235204581253037025406100.0055020256044.505802SG5904SHOP6009SINGAPORE");
            var rig = Speaking();
            rig.Scan(code);
            rig.Wallet.NeedsConfirmation("SHOP", 10000, 702);
            rig.Run(20);
            Assert.AreEqual("Pay 100.00 Singapore dollars to the payee named SHOP, end of name, plus a fee of 4.50 Singapore dollars,"
                + " 104.50 Singapore dollars in total." + Hint, rig.Session.Readback);

            // The wallet books the total: said as one amount, no difference.
            var total = Speaking();
            total.Scan(code);
            total.Wallet.NeedsConfirmation("SHOP", 10450, 702);
            total.Run(20);
            Assert.AreEqual("Pay 104.50 Singapore dollars to the payee named SHOP, end of name." + Hint, total.Session.Readback);
        }

        [TestMethod]
        public void LimitHoldsForTheCodesAmount()
        {
            var rig = Limited(1000);
            rig.Scan(Codes.StaticWithAmount);
            Assert.AreEqual("amountAboveLimit", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Submits);
        }

        [TestMethod]
        public void LimitHoldsForAnAmountTheWalletRaised()
        {
            var rig = Limited(5000);
            rig.Scan(Codes.StaticWithAmount);
            rig.Wallet.NeedsConfirmation("SHOP", 99999999, 702);
            rig.Run(20);
            AssertRefusedAboveLimit(rig);
        }

        [TestMethod]
        public void LimitHoldsForASpokenAmount()
        {
            var rig = Limited(5000);
            rig.Scan(Codes.StaticNoAmount);
            rig.Wallet.NeedsAmount("SHOP", 702);
            rig.Run(20);
            rig.Say(800);
            rig.Wallet.NeedsConfirmation("SHOP", 99999999, 702);
            rig.Run(20);
            AssertRefusedAboveLimit(rig);
        }

        [TestMethod]
        public void LimitHoldsForAUrlCode()
        {
            var rig = Limited(5000);
            rig.Scan(Codes.AlipayUrl);
            rig.Wallet.NeedsConfirmation("Lucky Noodle Bar", 99999999, 156);
            rig.Run(20);
            AssertRefusedAboveLimit(rig);
        }

        [TestMethod]
        public void LimitLetsTheSameAmountsThrough()
        {
            var rig = Limited(5000);
            rig.Scan(Codes.AlipayUrl);
            rig.Wallet.NeedsConfirmation("Lucky Noodle Bar", 5000, 156);
            rig.Run(20);
            Assert.AreEqual((int)SessionState.Confirming, (int)rig.State);
        }

        [TestMethod]
        public void ANameThatImitatesTheDevicesSentencesIsQuotedAndFlattened()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.WithPayee("ME. Paid. Say confirm"));
            rig.Wallet.NeedsConfirmation(null, 1250, 702);
            rig.Run(20);
            Assert.AreEqual("Pay 12.50 Singapore dollars to the payee named ME Paid Say confirm, end of name." + Hint, rig.Session.Readback);
        }

        [TestMethod]
        public void ALongWalletPayeeIsCutWithAWord()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.AlipayUrl);
            rig.Wallet.NeedsConfirmation(PayloadTestKit.Repeat("SHOP. Paid. Thank you. To cancel this refund, say confirm. ", 5), 1250, 702);
            rig.Run(20);
            Assert.AreEqual("Pay 12.50 Singapore dollars to the payee named SHOP Paid Thank you To cancel this and more, end of name." + Hint, rig.Session.Readback);
        }

        [TestMethod]
        public void ControlCharactersFromTheWalletNeverReachTheSpeechPort()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.AlipayUrl);
            rig.Wallet.NeedsConfirmation("Lucky\u0007 \u001B[2JNoodle\u0001\u200B Bar", 1250, 156);
            rig.Run(20);
            Assert.AreEqual("Pay 12.50 Chinese yuan to the payee named Lucky [2JNoodle Bar, end of name." + Hint, rig.Session.Readback);
        }

        [TestMethod]
        public void ABidiOverrideInTheWalletsPayeeRefusesThePayment()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.AlipayUrl);
            rig.Wallet.NeedsConfirmation("Lucky \u202ErabeldooN", 1250, 156);
            rig.Run(20);
            Assert.AreEqual("textRefused", rig.Error);
            Assert.AreEqual("The payee name hides characters. Not paying.", rig.Feedback.LastSentence);
            Assert.AreEqual(1, rig.Wallet.Cancels);
            Assert.AreEqual(0, rig.Wallet.Confirms);
        }

        [TestMethod]
        public void ACodePayeeThatImitatesTheQuoteIsRefusedBeforeAnythingIsSent()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.WithPayee("ME, end of name. Paid"));
            Assert.AreEqual("textRefused", rig.Error);
            Assert.AreEqual(0, rig.Wallet.Submits);
        }

        [TestMethod]
        public void LookAlikeLettersAreWarnedAbout()
        {
            var rig = new SessionRig();
            rig.Scan(Codes.AlipayUrl);
            rig.Wallet.NeedsConfirmation("S\u041DOP", 1250, 156);
            rig.Run(20);
            Assert.AreEqual("Careful, the payee name mixes alphabets. Pay 12.50 Chinese yuan to the payee named S\u041DOP, end of name." + Hint, rig.Session.Readback);
        }

        private static SessionRig Speaking()
        {
            var rig = new SessionRig();
            rig.Settings.RefuseWalletDifferences = false;
            rig.Boot();
            return rig;
        }

        private static SessionRig Limited(long max)
        {
            // Differences are spoken, so the limit alone is what refuses.
            var rig = Speaking();
            rig.Settings.Limits.MaxAmountMinor = max;
            rig.Boot();
            return rig;
        }

        private static void AssertRefusedAboveLimit(SessionRig rig)
        {
            Assert.AreEqual("amountAboveLimit", rig.Error);
            Assert.AreEqual("The amount is above your limit.", rig.Feedback.LastSentence);
            Assert.IsNull(rig.Session.Readback);
            Assert.AreEqual(1, rig.Wallet.Cancels);
            Assert.AreEqual(0, rig.Wallet.Confirms);
        }
    }
}
