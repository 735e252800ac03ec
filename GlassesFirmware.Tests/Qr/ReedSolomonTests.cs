using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class ReedSolomonTests
    {
        // "HELLO WORLD" as version 1-M: 16 data codewords and their 10 EC codewords (ISO 18004 worked example).
        private static readonly byte[] Data = new byte[] { 32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17 };
        private static readonly byte[] Ec = new byte[] { 196, 35, 39, 119, 235, 215, 231, 226, 93, 23 };

        private static byte[] Block()
        {
            byte[] block = new byte[26];
            for (int i = 0; i < 16; i++)
            {
                block[i] = Data[i];
            }
            for (int i = 0; i < 10; i++)
            {
                block[16 + i] = Ec[i];
            }
            return block;
        }

        [TestMethod]
        public void EncodeGivesTheKnownCodewords()
        {
            byte[] ec = new byte[10];
            ReedSolomon.Encode(Data, 0, 16, ec, 0, 10);
            CollectionAssert.AreEqual(Ec, ec);
        }

        [TestMethod]
        public void ACorrectionTellsWhereEachFixWasAndWhichBitsItFlipped()
        {
            byte[] block = Block();
            block[3] ^= 0x21;
            block[20] ^= 0x80;
            ReedSolomon rs = new ReedSolomon();
            Assert.AreEqual(2, rs.Correct(block, 0, 26, 10));
            CollectionAssert.AreEqual(Block(), block);
            // The two fixes, in either order.
            int first = rs.ErrorIndex(0, 26) == 3 ? 0 : 1;
            Assert.AreEqual(3, rs.ErrorIndex(first, 26));
            Assert.AreEqual(0x21, rs.ErrorValue(first));
            Assert.AreEqual(20, rs.ErrorIndex(1 - first, 26));
            Assert.AreEqual(0x80, rs.ErrorValue(1 - first));
        }

        [TestMethod]
        public void CleanBlockNeedsNoCorrection()
        {
            byte[] block = Block();
            Assert.AreEqual(0, new ReedSolomon().Correct(block, 0, 26, 10));
            CollectionAssert.AreEqual(Block(), block);
        }

        [DataRow(1)]
        [DataRow(3)]
        [DataRow(5)]
        public void ErrorsUpToCapacityAreCorrected(int errors)
        {
            byte[] block = Block();
            for (int i = 0; i < errors; i++)
            {
                // Spread errors over data and EC codewords.
                block[i * 5] ^= (byte)(0x5A + i);
            }
            int fixedCount = new ReedSolomon().Correct(block, 0, 26, 10);
            Assert.AreEqual(errors, fixedCount);
            CollectionAssert.AreEqual(Block(), block);
        }

        [TestMethod]
        public void CorrectsInsideALargerBufferAtAnOffset()
        {
            byte[] buffer = new byte[40];
            byte[] block = Block();
            for (int i = 0; i < 26; i++)
            {
                buffer[7 + i] = block[i];
            }
            buffer[7 + 2] ^= 0xFF;
            buffer[7 + 25] ^= 0x01;
            Assert.AreEqual(2, new ReedSolomon().Correct(buffer, 7, 26, 10));
            Assert.AreEqual((int)Data[2], (int)buffer[9]);
            Assert.AreEqual((int)Ec[9], (int)buffer[32]);
            Assert.AreEqual(0, (int)buffer[6]);
        }

        [DataRow(6)]
        [DataRow(8)]
        public void ErrorsBeyondCapacityFailAndLeaveTheBlockUnchanged(int errors)
        {
            byte[] block = Block();
            for (int i = 0; i < errors; i++)
            {
                block[i * 3 + 1] ^= (byte)(0x11 * (i + 1));
            }
            byte[] damaged = new byte[26];
            for (int i = 0; i < 26; i++)
            {
                damaged[i] = block[i];
            }
            Assert.AreEqual(-1, new ReedSolomon().Correct(block, 0, 26, 10));
            CollectionAssert.AreEqual(damaged, block);
        }

        [TestMethod]
        public void LargestBlockWithThirtyEcCodewordsCorrectsFifteen()
        {
            byte[] block = new byte[153];
            for (int i = 0; i < 123; i++)
            {
                block[i] = (byte)(i * 37 + 11);
            }
            ReedSolomon.Encode(block, 0, 123, block, 123, 30);
            byte[] clean = new byte[153];
            for (int i = 0; i < 153; i++)
            {
                clean[i] = block[i];
            }
            for (int i = 0; i < 15; i++)
            {
                block[i * 10] ^= 0xA5;
            }
            Assert.AreEqual(15, new ReedSolomon().Correct(block, 0, 153, 30));
            CollectionAssert.AreEqual(clean, block);
        }

        [TestMethod]
        public void EveryCorrectionBeyondCapacityEndsOnACodewordOrFails()
        {
            // Six to nine errors in a block that corrects five: Correct either fails, leaving the block as it was, or
            // reports a correction that leaves a codeword (a miscorrection past the block's reach), never a non-codeword.
            ReedSolomon rs = new ReedSolomon();
            byte[] block = new byte[26];
            byte[] damaged = new byte[26];
            byte[] ec = new byte[10];
            int seed = 12345;
            int corrected = 0;
            for (int trial = 0; trial < 300; trial++)
            {
                byte[] clean = Block();
                for (int i = 0; i < 26; i++)
                {
                    block[i] = clean[i];
                }
                int errors = 6 + trial % 4;
                for (int e = 0; e < errors; e++)
                {
                    seed = seed * 1103515245 + 12345;
                    int at = ((seed >> 8) & 0x7FFF) % 26;
                    seed = seed * 1103515245 + 12345;
                    block[at] ^= (byte)(1 + ((seed >> 8) & 0x7FFF) % 255);
                }
                for (int i = 0; i < 26; i++)
                {
                    damaged[i] = block[i];
                }
                int result = rs.Correct(block, 0, 26, 10);
                if (result < 0)
                {
                    CollectionAssert.AreEqual(damaged, block);
                    continue;
                }
                corrected++;
                ReedSolomon.Encode(block, 0, 16, ec, 0, 10);
                for (int i = 0; i < 10; i++)
                {
                    Assert.AreEqual((int)ec[i], (int)block[16 + i]);
                }
            }
            // Some patterns are (mis)corrected: the check above has run.
            Assert.IsTrue(corrected > 0);
        }
    }
}
