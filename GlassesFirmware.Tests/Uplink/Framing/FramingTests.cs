using GlassesFirmware.Uplink.Framing;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Framing
{
    /// <summary>CTAP-BLE-style fragments: exact layout, every control-point length, and loss, duplication, reordering, limits.</summary>
    [TestClass]
    public class FramingTests
    {
        [TestMethod]
        public void FragmentsHaveTheCtapLayout()
        {
            byte[] data = Bytes(40);
            Assert.AreEqual(3, FrameSplitter.FragmentCount(40, 20));
            byte[] output = new byte[20];
            Assert.AreEqual(20, FrameSplitter.Fragment(FrameCommand.Message, data, 0, 40, 0, 20, output));
            Assert.AreEqual("830028" + "000102030405060708090a0b0c0d0e0f10", TestHex.Encode(output, 0, 20));
            Assert.AreEqual(20, FrameSplitter.Fragment(FrameCommand.Message, data, 0, 40, 1, 20, output));
            Assert.AreEqual("00" + "1112131415161718191a1b1c1d1e1f20212223", TestHex.Encode(output, 0, 20));
            Assert.AreEqual(5, FrameSplitter.Fragment(FrameCommand.Message, data, 0, 40, 2, 20, output));
            Assert.AreEqual("01" + "24252627", TestHex.Encode(output, 0, 5));
            Assert.AreEqual(-1, FrameSplitter.Fragment(FrameCommand.Message, data, 0, 40, 3, 20, output));
            Assert.AreEqual(-1, FrameSplitter.FragmentCount(40, 19));
            Assert.AreEqual(-1, FrameSplitter.FragmentCount(40, 513));
        }

        [DataRow(20)]
        [DataRow(23)]
        [DataRow(185)]
        [DataRow(244)]
        [DataRow(512)]
        public void FramesOfEveryLengthSurviveEveryControlPointLength(int maxFragment)
        {
            FrameAssembler assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
            byte[] fragment = new byte[maxFragment];
            int[] lengths = { 0, 1, maxFragment - 3, maxFragment - 2, 300, 2 * maxFragment, 4906 };
            for (int l = 0; l < lengths.Length; l++)
            {
                byte[] data = Bytes(lengths[l]);
                int fragments = FrameSplitter.FragmentCount(data.Length, maxFragment);
                FrameResult result = FrameResult.NeedMore;
                for (int i = 0; i < fragments; i++)
                {
                    Assert.AreEqual((int)FrameResult.NeedMore, (int)result);
                    int n = FrameSplitter.Fragment(FrameCommand.Message, data, 0, data.Length, i, maxFragment, fragment);
                    result = assembler.Accept(fragment, 0, n, maxFragment, i);
                }

                Assert.AreEqual((int)FrameResult.Complete, (int)result);
                Assert.AreEqual(FrameCommand.Message, assembler.Command);
                Assert.AreEqual(data.Length, assembler.Length);
                for (int i = 0; i < data.Length; i++)
                {
                    Assert.AreEqual(data[i], assembler.Data[i]);
                }
            }
        }

        [TestMethod]
        public void SequenceNumbersWrapAfter127()
        {
            // 20-byte fragments: 17 + 19 * 200 bytes need continuations 0..127, 0..71.
            byte[] data = Bytes(17 + 19 * 200);
            byte[] fragment = new byte[20];
            FrameAssembler assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
            FrameResult result = FrameResult.NeedMore;
            for (int i = 0; i < 201; i++)
            {
                int n = FrameSplitter.Fragment(FrameCommand.Message, data, 0, data.Length, i, 20, fragment);
                if (i == 129)
                {
                    Assert.AreEqual((byte)0, fragment[0]);
                }

                result = assembler.Accept(fragment, 0, n, 20, 0);
            }

            Assert.AreEqual((int)FrameResult.Complete, (int)result);
        }

        [DataRow(0)]   // lost continuation 0
        [DataRow(1)]   // duplicated continuation 0
        [DataRow(2)]   // continuations 1 and 0 swapped
        [DataRow(3)]   // initial fragment repeated inside the frame
        public void LossDuplicationAndReorderingEndInInvalidSequence(int fault)
        {
            byte[] data = Bytes(80);
            byte[][] fragments = Split(data, 20);
            FrameAssembler assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
            int[] order = fault == 0 ? new int[] { 0, 2 } : fault == 1 ? new int[] { 0, 1, 1 } : fault == 2 ? new int[] { 0, 2, 1 } : new int[] { 0, 1, 0 };
            FrameResult result = FrameResult.NeedMore;
            for (int i = 0; i < order.Length && result != FrameResult.Error; i++)
            {
                result = assembler.Accept(fragments[order[i]], 0, fragments[order[i]].Length, 20, i);
            }

            Assert.AreEqual((int)FrameResult.Error, (int)result);
            Assert.AreEqual((int)FramingError.InvalidSequence, (int)assembler.Error);
            Assert.IsFalse(assembler.InFrame);

            // Clean state: the whole frame sent again is received.
            for (int i = 0; i < fragments.Length; i++)
            {
                result = assembler.Accept(fragments[i], 0, fragments[i].Length, 20, 10 + i);
            }

            Assert.AreEqual((int)FrameResult.Complete, (int)result);
            Assert.AreEqual(80, assembler.Length);
        }

        [TestMethod]
        public void LostLastFragmentTimesOut()
        {
            byte[][] fragments = Split(Bytes(80), 20);
            FrameAssembler assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
            Assert.AreEqual((int)FrameResult.NeedMore, (int)assembler.Accept(fragments[0], 0, fragments[0].Length, 20, 1000));
            Assert.AreEqual((int)FrameResult.NeedMore, (int)assembler.CheckTimeout(1000 + FrameCommand.FragmentTimeoutMs));
            Assert.AreEqual((int)FrameResult.Error, (int)assembler.CheckTimeout(1001 + FrameCommand.FragmentTimeoutMs));
            Assert.AreEqual((int)FramingError.Timeout, (int)assembler.Error);
            Assert.IsFalse(assembler.InFrame);
            // A late continuation has no frame to join.
            Assert.AreEqual((int)FrameResult.Error, (int)assembler.Accept(fragments[1], 0, fragments[1].Length, 20, 3000));
            Assert.AreEqual((int)FramingError.InvalidCommand, (int)assembler.Error);
        }

        [DataRow("8300", 2, 3)]            // initial fragment shorter than its header
        [DataRow("832001", 3, 3)]          // 8193 bytes declared: above the limit
        [DataRow("83000200010203", 7, 3)]  // more data than declared
        [DataRow("c0000100", 4, 1)]        // unknown command
        [DataRow("0001", 2, 1)]            // continuation without an initial fragment
        [DataRow("", 0, 3)]                // empty fragment
        public void MalformedFragmentsAreTyped(string hex, int count, int expected)
        {
            FrameAssembler assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
            byte[] fragment = hex.Length == 0 ? new byte[1] : TestHex.Decode(hex);
            Assert.AreEqual((int)FrameResult.Error, (int)assembler.Accept(fragment, 0, count, 20, 0));
            Assert.AreEqual(expected, (int)assembler.Error, FramingErrors.Name(assembler.Error));
        }

        [TestMethod]
        public void FragmentsLongerThanTheControlPointOrEmptyContinuationsAreRefused()
        {
            FrameAssembler assembler = new FrameAssembler(FrameCommand.MaxFrameLength);
            byte[] big = new byte[21];
            big[0] = FrameCommand.Message;
            big[2] = 100;
            Assert.AreEqual((int)FrameResult.Error, (int)assembler.Accept(big, 0, 21, 20, 0));
            Assert.AreEqual((int)FramingError.InvalidLength, (int)assembler.Error);
            Assert.AreEqual((int)FrameResult.NeedMore, (int)assembler.Accept(big, 0, 20, 20, 0));
            Assert.AreEqual((int)FrameResult.Error, (int)assembler.Accept(new byte[] { 0 }, 0, 1, 20, 0));
            Assert.AreEqual((int)FramingError.InvalidLength, (int)assembler.Error);
            Assert.AreEqual("InvalidSequence", FramingErrors.Name(FramingError.InvalidSequence));
        }

        private static byte[][] Split(byte[] data, int maxFragment)
        {
            int count = FrameSplitter.FragmentCount(data.Length, maxFragment);
            byte[][] fragments = new byte[count][];
            byte[] buffer = new byte[maxFragment];
            for (int i = 0; i < count; i++)
            {
                int n = FrameSplitter.Fragment(FrameCommand.Message, data, 0, data.Length, i, maxFragment, buffer);
                fragments[i] = new byte[n];
                System.Array.Copy(buffer, fragments[i], n);
            }

            return fragments;
        }

        private static byte[] Bytes(int count)
        {
            byte[] data = new byte[count];
            for (int i = 0; i < count; i++)
            {
                data[i] = (byte)i;
            }

            return data;
        }
    }
}
