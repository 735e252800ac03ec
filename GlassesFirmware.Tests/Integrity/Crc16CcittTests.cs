using GlassesFirmware.Integrity;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Integrity
{
    [TestClass]
    public class Crc16CcittTests
    {
        [TestMethod]
        public void CheckValueOf123456789Is29B1()
        {
            byte[] data = Ascii("123456789");
            Assert.AreEqual((ushort)0x29B1, Crc16Ccitt.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void EmptyInputGivesInitialValue()
        {
            Assert.AreEqual((ushort)0xFFFF, Crc16Ccitt.Compute(new byte[0], 0, 0));
        }

        [DataRow("A", 0xB915)]
        [DataRow("0002010102", 0x83D9)]
        [DataRow("00020101021226180014A00000000000003456789", 0xAF1E)]
        public void KnownStrings(string text, int expected)
        {
            byte[] data = Ascii(text);
            Assert.AreEqual(expected, (int)Crc16Ccitt.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void EmvcoSpecExampleMatchesItsPrintedCrc()
        {
            // EMVCo MPM v1.1 example payload; the CRC covers everything up to and including "6304".
            string payload = "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A";
            byte[] bytes = Utf8(payload);
            int covered = bytes.Length - 4;
            Assert.AreEqual((ushort)0xA13A, Crc16Ccitt.Compute(bytes, 0, covered));
        }

        [TestMethod]
        public void UpdateInPiecesEqualsOneShot()
        {
            byte[] data = Ascii("123456789");
            ushort crc = Crc16Ccitt.Update(Crc16Ccitt.Initial, data, 0, 4);
            crc = Crc16Ccitt.Update(crc, data, 4, 5);
            Assert.AreEqual((ushort)0x29B1, crc);
        }

        [TestMethod]
        public void RangeOutsideTheBufferIsRefused()
        {
            byte[] data = new byte[4];
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Crc16Ccitt.Compute(data, 2, 3));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Crc16Ccitt.Compute(data, -1, 1));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => Crc16Ccitt.Compute(null, 0, 0));
        }

        internal static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        // UTF-8 without System.Text, which the test assembly does not reference.
        internal static byte[] Utf8(string text)
        {
            byte[] buffer = new byte[text.Length * 3];
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    buffer[n++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    buffer[n++] = (byte)(0xC0 | (c >> 6));
                    buffer[n++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    buffer[n++] = (byte)(0xE0 | (c >> 12));
                    buffer[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[n++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            byte[] result = new byte[n];
            System.Array.Copy(buffer, result, n);
            return result;
        }
    }
}
