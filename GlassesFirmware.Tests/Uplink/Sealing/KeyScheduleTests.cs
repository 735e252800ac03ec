using GlassesFirmware.Uplink.Sealing;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Sealing
{
    /// <summary>The byte layout of the HKDF info strings (the keys themselves are checked on the host with real HMAC).</summary>
    [TestClass]
    public class KeyScheduleTests
    {
        [TestMethod]
        public void InfoIsLabelZeroAndLengthPrefixedIdentities()
        {
            byte[] info = KeySchedule.Info("g2w enc", TestHex.Decode("a1a2"), TestHex.Decode("b1b2b3"));
            Assert.AreEqual("67327720656e6300" + "02a1a2" + "03b1b2b3", TestHex.Encode(info, 0, info.Length));
        }

        [TestMethod]
        public void IdentitiesCannotBeShiftedBetweenFields()
        {
            // Without length prefixes, ("ab", "c") and ("a", "bc") would give the same info and the same keys.
            byte[] one = KeySchedule.Info("w2g mac", TestHex.Decode("0a0b"), TestHex.Decode("0c"));
            byte[] other = KeySchedule.Info("w2g mac", TestHex.Decode("0a"), TestHex.Decode("0b0c"));
            Assert.AreNotEqual(TestHex.Encode(one, 0, one.Length), TestHex.Encode(other, 0, other.Length));
        }

        [TestMethod]
        public void EmptyOrOversizedIdentitiesAndNonAsciiLabelsAreRefused()
        {
            byte[] id = new byte[] { 1 };
            Assert.ThrowsException(typeof(System.ArgumentException), () => KeySchedule.Info("g2w enc", new byte[0], id));
            Assert.ThrowsException(typeof(System.ArgumentException), () => KeySchedule.Info("g2w enc", id, new byte[256]));
            Assert.ThrowsException(typeof(System.ArgumentException), () => KeySchedule.Info("g2w\u00e9", id, id));
        }

        [TestMethod]
        public void StatusNamesAreStable()
        {
            Assert.AreEqual("TagMismatch", SealStatuses.Name(SealStatus.TagMismatch));
            Assert.AreEqual("Replayed", SealStatuses.Name(SealStatus.Replayed));
            Assert.AreEqual("InvalidCounter", SealStatuses.Name(SealStatus.InvalidCounter));
            Assert.AreEqual("42", SealStatuses.Name((SealStatus)42));
        }
    }
}
