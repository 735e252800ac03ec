using GlassesFirmware.Qr;
using nanoFramework.TestFramework;

namespace GlassesFirmware.Tests.Qr
{
    [TestClass]
    public class QrDecoderTests
    {
        private const string Text = "GLASSES PAY 42";

        private static QrResultSet DecodeOne(int scale, int mask, bool inverted, bool mirrored, int rotation)
        {
            byte[] frame = QrTestKit.Frame(160, 160, 128);
            QrTestKit.DrawV1(frame, 160, 10, 12, scale, QrTestKit.AlphanumericV1(Text), mask, inverted, mirrored, rotation);
            QrResultSet results = new QrResultSet();
            Assert.AreEqual((int)QrStatus.Ok, (int)new QrDecoder(160, 160).Decode(frame, 160, 160, 160, results));
            return results;
        }

        [TestMethod]
        public void EmptyFrameFindsNothing()
        {
            QrResultSet results = new QrResultSet();
            QrStatus status = new QrDecoder(240, 240).Decode(QrTestKit.Frame(240, 240, 200), 240, 240, 240, results);
            Assert.AreEqual((int)QrStatus.Ok, (int)status);
            Assert.AreEqual(0, results.Count);
            Assert.AreEqual((int)QrStatus.NoCode, (int)results.LastFailure);
        }

        [DataRow(0, 0)]
        [DataRow(1, 3)]
        [DataRow(2, 5)]
        [DataRow(3, 7)]
        public void SyntheticCodeDecodesAtEveryQuarterTurn(int rotation, int mask)
        {
            QrResultSet results = DecodeOne(4, mask, false, false, rotation);
            Assert.AreEqual(1, results.Count);
            QrCode code = results.Get(0);
            Assert.AreEqual(Text, code.Text);
            Assert.AreEqual(1, code.Version);
            Assert.AreEqual((int)QrEcLevel.L, (int)code.EcLevel);
            Assert.AreEqual(mask, code.Mask);
            Assert.IsFalse(code.Mirrored);
            Assert.IsFalse(code.Inverted);
            Assert.AreEqual(0, code.CorrectedCodewords);
        }

        [TestMethod]
        public void TwoPixelModulesDecode()
        {
            Assert.AreEqual(Text, DecodeOne(2, 2, false, false, 0).Get(0).Text);
        }

        [DataRow(true, false, 1, 0)]
        [DataRow(false, true, 4, 1)]
        [DataRow(true, true, 6, 3)]
        public void InvertedAndMirroredCodesAreReadAndFlagged(bool inverted, bool mirrored, int mask, int rotation)
        {
            QrResultSet results = DecodeOne(4, mask, inverted, mirrored, rotation);
            Assert.AreEqual(1, results.Count);
            Assert.AreEqual(Text, results.Get(0).Text);
            Assert.AreEqual(inverted, results.Get(0).Inverted);
            Assert.AreEqual(mirrored, results.Get(0).Mirrored);
        }

        [TestMethod]
        public void CornersFollowTheSymbol()
        {
            // Symbol at x = 10 + 4 * 4 = 26 .. 26 + 84, y = 12 + 16 = 28 .. 28 + 84.
            int[] c = DecodeOne(4, 0, false, false, 0).Get(0).Corners;
            Assert.IsTrue(Near(c[0], 26) && Near(c[1], 28));
            Assert.IsTrue(Near(c[2], 110) && Near(c[3], 28));
            Assert.IsTrue(Near(c[4], 110) && Near(c[5], 112));
            Assert.IsTrue(Near(c[6], 26) && Near(c[7], 112));
        }

        private static bool Near(int value, int expected)
        {
            return value >= expected - 3 && value <= expected + 3;
        }

        [TestMethod]
        public void TwoCodesInViewAreBothReported()
        {
            byte[] frame = QrTestKit.Frame(320, 160, 128);
            QrTestKit.DrawV1(frame, 320, 4, 20, 4, QrTestKit.AlphanumericV1("LEFT"), 0, false, false, 0);
            QrTestKit.DrawV1(frame, 320, 170, 30, 4, QrTestKit.AlphanumericV1("RIGHT"), 6, false, false, 2);
            QrResultSet results = new QrResultSet();
            QrDecoder decoder = new QrDecoder(320, 160);
            decoder.Decode(frame, 320, 160, 320, results);
            // A frame ends with the code it reads; the rest of it follows on the same pixels.
            Assert.AreEqual(1, results.Count);
            Assert.IsTrue(decoder.Pending);
            // In slices of 20,000 units, as a main loop that keeps serving its microphone would.
            int slices = 0;
            while (decoder.Pending && slices < 100)
            {
                decoder.Continue(frame, 320, 160, 320, results, 20000);
                slices++;
            }
            Assert.IsFalse(decoder.Pending);
            Assert.IsTrue(slices > 2, "slices " + slices.ToString());
            Assert.AreEqual(2, results.Count);
            string a = results.Get(0).Text;
            string b = results.Get(1).Text;
            Assert.IsTrue((a == "LEFT" && b == "RIGHT") || (a == "RIGHT" && b == "LEFT"));
        }

        [TestMethod]
        public void ALookGlancesInSlicesAndResumesOnTheFrameInHand()
        {
            byte[] frame = LateCode(190, 20);
            QrResultSet results = new QrResultSet();
            QrDecoder decoder = new QrDecoder(320, 160);
            // A slice of 2,000 units: a band of the coarse map and little more.
            decoder.Look(frame, 320, 160, 320, results, 2000);
            Assert.AreEqual(0, results.Count);
            Assert.IsTrue(decoder.Glancing);
            int slices = 0;
            while (decoder.Glancing && slices < 200)
            {
                decoder.Resume(results);
                slices++;
            }
            Assert.IsTrue(slices > 1, "slices " + slices.ToString());
            Assert.AreEqual(1, results.Count);
            Assert.AreEqual("LATE", results.Get(0).Text);
            // The code read, the view has shown its triple: no more slices of the glance.
            Assert.IsFalse(decoder.Glancing);
        }

        [TestMethod]
        public void AFrameShiftedByAFewPixelsShowsTheViewAndAnotherSceneDoesNot()
        {
            byte[] frame = LateCode(190, 20);
            QrDecoder decoder = new QrDecoder(320, 160);
            decoder.Look(frame, 320, 160, 320, new QrResultSet(), 2000);
            byte[] shifted = LateCode(192, 18);
            byte[] other = LateCode(20, 20);
            Assert.IsTrue(decoder.Shows(frame, 320, 160, 320));
            Assert.IsTrue(decoder.Shows(shifted, 320, 160, 320));
            Assert.IsFalse(decoder.Shows(other, 320, 160, 320));
            Assert.IsFalse(decoder.Shows(frame, 320, 150, 320));
        }

        // A 320x160 grey frame with a version 1 code "LATE" whose quiet zone starts at (x, y): right of the middle, its
        // finders come late in the glance.
        private static byte[] LateCode(int x, int y)
        {
            byte[] frame = QrTestKit.Frame(320, 160, 128);
            QrTestKit.DrawV1(frame, 320, x, y, 4, QrTestKit.AlphanumericV1("LATE"), 0, false, false, 0);
            return frame;
        }

        [TestMethod]
        public void RegionOfInterestLimitsTheSearchAndCornersStayInFrameCoordinates()
        {
            byte[] frame = QrTestKit.Frame(320, 160, 128);
            QrTestKit.DrawV1(frame, 320, 4, 20, 4, QrTestKit.AlphanumericV1("LEFT"), 0, false, false, 0);
            QrTestKit.DrawV1(frame, 320, 170, 30, 4, QrTestKit.AlphanumericV1("RIGHT"), 6, false, false, 0);
            QrResultSet results = new QrResultSet();
            new QrDecoder(160, 160).Decode(frame, 320, 160, 320, 160, 0, 160, 160, results);
            Assert.AreEqual(1, results.Count);
            Assert.AreEqual("RIGHT", results.Get(0).Text);
            Assert.IsTrue(Near(results.Get(0).Corners[0], 186));
        }

        [TestMethod]
        public void StrideWiderThanTheImageIsHonoured()
        {
            byte[] frame = QrTestKit.Frame(200, 160, 0);
            QrTestKit.DrawV1(frame, 200, 10, 12, 4, QrTestKit.AlphanumericV1(Text), 3, false, false, 0);
            QrResultSet results = new QrResultSet();
            // Columns 160..199 are black padding outside the image.
            new QrDecoder(160, 160).Decode(frame, 160, 160, 200, results);
            Assert.AreEqual(1, results.Count);
            Assert.AreEqual(Text, results.Get(0).Text);
        }

        [TestMethod]
        public void BadArgumentsReturnTypedStatuses()
        {
            QrDecoder decoder = new QrDecoder(100, 100);
            QrResultSet r = new QrResultSet();
            byte[] frame = new byte[100 * 100];
            Assert.AreEqual((int)QrStatus.NullFrame, (int)decoder.Decode(null, 100, 100, 100, r));
            Assert.AreEqual((int)QrStatus.BadDimensions, (int)decoder.Decode(frame, 0, 100, 100, r));
            Assert.AreEqual((int)QrStatus.BadDimensions, (int)decoder.Decode(frame, 100, -5, 100, r));
            Assert.AreEqual((int)QrStatus.StrideTooSmall, (int)decoder.Decode(frame, 100, 100, 99, r));
            Assert.AreEqual((int)QrStatus.BufferTooSmall, (int)decoder.Decode(frame, 100, 101, 100, r));
            Assert.AreEqual((int)QrStatus.BufferTooSmall, (int)decoder.Decode(frame, 100, 100, 2000000000, r));
            Assert.AreEqual((int)QrStatus.BadRegion, (int)decoder.Decode(frame, 100, 100, 100, 50, 50, 51, 10, r));
            Assert.AreEqual((int)QrStatus.BadRegion, (int)decoder.Decode(frame, 100, 100, 100, -1, 0, 10, 10, r));
            Assert.AreEqual((int)QrStatus.FrameTooLarge, (int)new QrDecoder(50, 50).Decode(frame, 100, 100, 100, r));
            Assert.AreEqual((int)QrStatus.NullResults, (int)decoder.Decode(frame, 100, 100, 100, null));
            Assert.AreEqual(0, r.Count);
            Assert.IsTrue(QrStatusText.IsArgumentError(QrStatus.BadRegion));
            Assert.IsFalse(QrStatusText.IsArgumentError(QrStatus.DataEcc));
            Assert.AreEqual("bad-region", QrStatusText.Name(QrStatus.BadRegion));
        }

        [TestMethod]
        public void TinyRegionsFindNothingWithoutError()
        {
            QrResultSet r = new QrResultSet();
            byte[] frame = new byte[30 * 30];
            Assert.AreEqual((int)QrStatus.Ok, (int)new QrDecoder(30, 30).Decode(frame, 30, 30, 30, 0, 0, 5, 30, r));
            Assert.AreEqual((int)QrStatus.Ok, (int)new QrDecoder(30, 30).Decode(frame, 1, 1, 1, r));
            Assert.AreEqual(0, r.Count);
        }

        [TestMethod]
        public void DamagedCodewordsAreCorrectedAndCounted()
        {
            byte[] frame = QrTestKit.Frame(160, 160, 128);
            QrTestKit.DrawV1(frame, 160, 10, 12, 4, QrTestKit.AlphanumericV1(Text), 0, false, false, 0);
            // Paint over a 2x2-module patch of the data region near the bottom right.
            for (int y = 12 + 16 + 17 * 4; y < 12 + 16 + 19 * 4; y++)
            {
                for (int x = 10 + 16 + 17 * 4; x < 10 + 16 + 19 * 4; x++)
                {
                    frame[y * 160 + x] = 25;
                }
            }
            QrResultSet results = new QrResultSet();
            new QrDecoder(160, 160).Decode(frame, 160, 160, 160, results);
            Assert.AreEqual(1, results.Count);
            Assert.AreEqual(Text, results.Get(0).Text);
            Assert.IsTrue(results.Get(0).CorrectedCodewords >= 1);
        }
    }
}
