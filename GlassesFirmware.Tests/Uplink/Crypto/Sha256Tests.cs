using GlassesFirmware.Uplink.Crypto;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Uplink.Crypto
{
    /// <summary>SHA-256 against FIPS 180-4 examples and NIST CAVP short messages; the million-'a' vector runs on the host.</summary>
    [TestClass]
    public class Sha256Tests
    {
        [DataRow("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
        [DataRow("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
        [DataRow("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
        [DataRow("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu", "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
        public void FipsExamples(string message, string digest)
        {
            byte[] data = Ascii(message);
            byte[] hash = Sha256.Hash(data, 0, data.Length);
            Assert.AreEqual(digest, TestHex.Encode(hash, 0, hash.Length));
        }

        [DataRow("d3", "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1")]
        [DataRow("11af", "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98")]
        public void CavpShortMessages(string message, string digest)
        {
            byte[] data = TestHex.Decode(message);
            byte[] hash = Sha256.Hash(data, 0, data.Length);
            Assert.AreEqual(digest, TestHex.Encode(hash, 0, hash.Length));
        }

        // Bytes 0, 1, 2, ... of the padding edge lengths: 55 fits one block, 56 needs a second, 64 is exact.
        [DataRow(55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59")]
        [DataRow(56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562")]
        [DataRow(64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108")]
        [DataRow(119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6")]
        [DataRow(120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c")]
        [DataRow(128, "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5")]
        public void PaddingBoundariesInOneGoAndInPieces(int length, string digest)
        {
            byte[] data = Counting(length);
            byte[] hash = Sha256.Hash(data, 0, length);
            Assert.AreEqual(digest, TestHex.Encode(hash, 0, hash.Length));

            // The same message fed in uneven pieces that straddle block edges.
            Sha256 sha = new Sha256();
            int offset = 0;
            int piece = 1;
            while (offset < length)
            {
                int take = piece < length - offset ? piece : length - offset;
                sha.Update(data, offset, take);
                offset += take;
                piece = piece * 3 + 1;
            }

            byte[] streamed = new byte[40];
            sha.Final(streamed, 8);
            Assert.AreEqual(digest, TestHex.Encode(streamed, 8, 32));
        }

        [TestMethod]
        public void FinalResetsForTheNextMessage()
        {
            Sha256 sha = new Sha256();
            byte[] abc = Ascii("abc");
            byte[] first = new byte[32];
            byte[] second = new byte[32];
            sha.Update(abc, 0, 3);
            sha.Final(first, 0);
            sha.Update(abc, 0, 3);
            sha.Final(second, 0);
            Assert.AreEqual(TestHex.Encode(first, 0, 32), TestHex.Encode(second, 0, 32));

            sha.Update(abc, 0, 2);
            sha.Reset();
            sha.Update(abc, 0, 3);
            sha.Final(second, 0);
            Assert.AreEqual(TestHex.Encode(first, 0, 32), TestHex.Encode(second, 0, 32));
        }

        [TestMethod]
        public void HashesOnlyTheGivenRange()
        {
            byte[] framed = Ascii("xxabcyy");
            byte[] hash = Sha256.Hash(framed, 2, 3);
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TestHex.Encode(hash, 0, 32));
        }

        [TestMethod]
        public void BadRangesThrow()
        {
            Sha256 sha = new Sha256();
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => sha.Update(new byte[4], 3, 2));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => sha.Final(new byte[31], 0));
        }

        private static byte[] Counting(int length)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)i;
            }

            return data;
        }

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
