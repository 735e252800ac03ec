using GlassesFirmware.Decision;
using GlassesFirmware.Text;
using GlassesFirmware.Uplink.Cbor;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Messages;
using GlassesFirmware.Uplink.Pairing;
using GlassesFirmware.Uplink.Sealing;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink
{
    /// <summary>Every enum value has a name in its table, up to the last value declared (a new value must be added here too; the host test finds them by reflection).</summary>
    [TestClass]
    public class NameTableTests
    {
        [TestMethod]
        public void EveryCborErrorHasAName()
        {
            int[] values = NameTables.Upto((int)CborError.InvalidState);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = CborErrors.Name((CborError)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EverySealStatusHasAName()
        {
            int[] values = NameTables.Upto((int)SealStatus.InvalidCounter);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = SealStatuses.Name((SealStatus)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryPairingStatusHasAName()
        {
            int[] values = NameTables.Upto((int)PairingStatus.Unreachable);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = PairingStatuses.Name((PairingStatus)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryMessageStatusHasAName()
        {
            int[] values = NameTables.Upto((int)MessageStatus.BadValue);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = MessageStatuses.Name((MessageStatus)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryMessageTypeHasAName()
        {
            int[] values = NameTables.Upto((int)MessageType.Unpair);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = MessageNames.Of((MessageType)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryWireErrorHasAName()
        {
            int[] values = NameTables.Upto((int)WireError.Internal);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = MessageNames.Of((WireError)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryFramingErrorHasAName()
        {
            int[] values = { (int)FramingError.None, (int)FramingError.InvalidCommand, (int)FramingError.InvalidParameter, (int)FramingError.InvalidLength, (int)FramingError.InvalidSequence, (int)FramingError.Timeout, (int)FramingError.Busy, (int)FramingError.UnknownDevice, (int)FramingError.PairingRefused, (int)FramingError.Other };
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = FramingErrors.Name((FramingError)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryWalletOutcomeHasAName()
        {
            int[] values = NameTables.Upto((int)WalletOutcome.Cancelled);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = DecisionNames.Outcome((WalletOutcome)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }

        [TestMethod]
        public void EveryDeclineReasonHasAName()
        {
            int[] values = NameTables.Upto((int)DeclineReason.Other);
            string[] names = StringArrays.Filled(values.Length, null);
            for (int i = 0; i < values.Length; i++)
            {
                names[i] = DecisionNames.Reason((DeclineReason)values[i]);
            }
            Assert.AreEqual("", NameTables.Problems(names, values));
        }
    }
}
