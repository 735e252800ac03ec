using GlassesFirmware.Text;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Text
{
    /// <summary>The one sanitiser for outside text (issue 17, item 4): what it removes, refuses, cuts and flags.</summary>
    [TestClass]
    public class OutsideTextTests
    {
        [TestMethod]
        public void ControlAndFormatCharactersAreRemoved()
        {
            // BEL, ESC (with the CSI it starts), DEL, a C1 CSI, zero-width space and joiner, BOM, LRM, soft hyphen, SOH.
            // No NUL: a device string is stored NUL-terminated, so U+0000 cannot occur inside one.
            OutsideText t = OutsideText.ForSpeech("S\u0001H\u0007O\u001B[2JP\u007F\u009B \u200BC\u200DO\uFEFF\u200ER\u00ADP", 40, null);
            Assert.AreEqual("SHO[2JP CORP", t.Text);
            Assert.AreEqual(10, t.Removed);
            Assert.IsFalse(t.Refused);
            Assert.IsFalse(t.Cut);
        }

        [TestMethod]
        public void LineBreaksAndSentencePunctuationBecomeOneSpace()
        {
            Assert.AreEqual("ME Paid Say confirm", OutsideText.ForSpeech("ME. Paid.\r\n Say confirm!", 40, null).Text);
            Assert.AreEqual("已付款 请说确认", OutsideText.ForSpeech("已付款。请说确认！", 40, null).Text);
            Assert.AreEqual("ACME, PTE LTD", OutsideText.ForSpeech("  ACME, PTE. LTD.  ", 40, null).Text);
        }

        [DataRow("\u202E")]
        [DataRow("\u202A")]
        [DataRow("\u2066")]
        [DataRow("\u2069")]
        public void BidiEmbeddingsOverridesAndIsolatesAreRefused(string control)
        {
            OutsideText t = OutsideText.ForSpeech("SHOP" + control + "PORTS", 40, null);
            Assert.IsTrue(t.Refused);
            Assert.AreEqual("", t.Text);
        }

        [TestMethod]
        public void LongTextIsCutBeforeTheWordTheCapWouldSplit()
        {
            OutsideText t = OutsideText.ForSpeech("SHOP. Paid. Thank you. To cancel this refund, say confirm, and then say confirm again", 40, null);
            Assert.IsTrue(t.Cut);
            Assert.AreEqual("SHOP Paid Thank you To cancel this", t.Text);
            Assert.AreEqual("SHOP Paid Thank you To cancel these", OutsideText.ForSpeech("SHOP Paid Thank you To cancel these refunds", 35, null).Text, "the cap falls on a space");
        }

        [TestMethod]
        public void TextWithoutSpacesIsCutAtTheCap()
        {
            // One long word, or Chinese, has no word end in its second half: the cap itself is the end.
            Assert.AreEqual("SUPERCALIFRAGILISTICEXPIALIDOCIOUSSHOPLI", OutsideText.ForSpeech("SUPERCALIFRAGILISTICEXPIALIDOCIOUSSHOPLIMITED", 40, null).Text);
            Assert.AreEqual("AB SUPERCALIFRAGILISTICEXPIALIDOCIOUSSHO", OutsideText.ForSpeech("AB SUPERCALIFRAGILISTICEXPIALIDOCIOUSSHOPLIMITED", 40, null).Text);
            Assert.AreEqual("\u6C38\u548C\u8C46", OutsideText.ForSpeech("\u6C38\u548C\u8C46\u6D46\u5E97", 3, null).Text);
        }

        [TestMethod]
        public void MixedScriptsInOneWordAreFlagged()
        {
            // Cyrillic Н (U+041D) and Greek Ο (U+039F) inside Latin words.
            Assert.IsTrue(OutsideText.ForSpeech("S\u041DOP", 40, null).MixedScript);
            Assert.IsTrue(OutsideText.ForSpeech("SH\u039FP", 40, null).MixedScript);
            // Separate words in different scripts, and plain Cyrillic or Latin with accents, are not look-alikes.
            Assert.IsFalse(OutsideText.ForSpeech("SHOP \u041C\u0410\u0413\u0410\u0417\u0418\u041D", 40, null).MixedScript);
            Assert.IsFalse(OutsideText.ForSpeech("Caf\u00E9 Zo\u00EB", 40, null).MixedScript);
        }

        [TestMethod]
        public void TheForbiddenPhraseRefusesInAnyCase()
        {
            Assert.IsTrue(OutsideText.ForSpeech("SHOP, END OF NAME. Paid", 40, "end of name").Refused);
            Assert.IsFalse(OutsideText.ForSpeech("SHOP", 40, "end of name").Refused);
        }

        [TestMethod]
        public void AHostKeepsItsDotsButLosesControls()
        {
            Assert.AreEqual("qr.tngdigital.com.my", OutsideText.ForSpokenHost("qr.tngdigital​.com.my", 40).Text);
        }

        [TestMethod]
        public void NothingSpeakableIsEmpty()
        {
            Assert.AreEqual("", OutsideText.ForSpeech(null, 40, null).Text);
            Assert.AreEqual("", OutsideText.ForSpeech("\u0007\u200B. ", 40, null).Text);
        }

        [TestMethod]
        public void TheConsoleGetsVisibleEscapesNeverRawControls()
        {
            Assert.AreEqual("say: SHOP\\u001B[31m Paid\\u000A\\u202E", OutsideText.ForConsole("say: SHOP\u001B[31m Paid\n\u202E"));
            Assert.AreEqual("Pay 12.50 Singapore dollars.", OutsideText.ForConsole("Pay 12.50 Singapore dollars."));
            Assert.AreEqual("", OutsideText.ForConsole(null));
        }
    }
}
