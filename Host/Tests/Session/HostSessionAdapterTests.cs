using System;
using System.IO;
using GlassesFirmware.Host.Adapters.Storage;
using GlassesFirmware.Host.Simulator.Voice;
using GlassesFirmware.Storage;
using Xunit;

namespace GlassesFirmware.Host.Tests.Session
{
    /// <summary>Host adapters for the session: the data-folder record store and WAV loading.</summary>
    public class HostSessionAdapterTests
    {
        [Fact]
        public void FolderStoreReplacesReadsAndDeletes()
        {
            string folder = Path.Combine(Path.GetTempPath(), "store-" + Guid.NewGuid().ToString("N"));
            try
            {
                var store = new FolderRecordStore(folder);
                byte[] buffer = new byte[16];
                Assert.Equal(RecordLimits.Missing, store.Read("pay.inflight", buffer, 0, 16));
                Assert.True(store.Write("pay.inflight", new byte[] { 9, 1, 2, 3 }, 1, 3));
                Assert.True(store.Write("pay.inflight", new byte[] { 4, 5 }, 0, 2));
                Assert.Equal(2, store.Read("pay.inflight", buffer, 0, 16));
                Assert.Equal(new byte[] { 4, 5 }, buffer[..2]);
                Assert.Equal(RecordLimits.Failed, store.Read("pay.inflight", buffer, 0, 1));
                Assert.Empty(Directory.GetFiles(folder, "*.new"));
                Assert.True(store.Delete("pay.inflight"));
                Assert.Equal(RecordLimits.Missing, new FolderRecordStore(folder).Read("pay.inflight", buffer, 0, 16));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Theory]
        [InlineData("")]
        [InlineData("a-name-that-is-too-long")]
        [InlineData("../escape")]
        [InlineData("with space")]
        public void FolderStoreRefusesNamesTheDeviceCannotHold(string name)
        {
            string folder = Path.Combine(Path.GetTempPath(), "store-" + Guid.NewGuid().ToString("N"));
            try
            {
                var store = new FolderRecordStore(folder);
                Assert.False(store.Write(name, new byte[1], 0, 1));
                Assert.Equal(RecordLimits.Failed, store.Read(name, new byte[1], 0, 1));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void StereoEightKilohertzWavBecomesSixteenKilohertzMono()
        {
            string path = Path.GetTempFileName();
            try
            {
                // 100 stereo frames at 8 kHz: left 1000, right 3000.
                using (var w = new BinaryWriter(File.Create(path)))
                {
                    w.Write("RIFF"u8.ToArray());
                    w.Write(36 + 400);
                    w.Write("WAVEfmt "u8.ToArray());
                    w.Write(16);
                    w.Write((short)1);
                    w.Write((short)2);
                    w.Write(8000);
                    w.Write(8000 * 4);
                    w.Write((short)4);
                    w.Write((short)16);
                    w.Write("data"u8.ToArray());
                    w.Write(400);
                    for (int i = 0; i < 100; i++)
                    {
                        w.Write((short)1000);
                        w.Write((short)3000);
                    }
                }
                short[] pcm = WavMicrophone.LoadWav(path);
                Assert.Equal(200, pcm.Length);
                Assert.All(pcm, s => Assert.Equal(2000, s));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void NonPcmWavIsRefused()
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(path, "RIFF\0\0\0\0WAVEfmt \u0010\0\0\0\u0003\0\u0001\0"u8.ToArray());
                Assert.Throws<InvalidDataException>(() => WavMicrophone.LoadWav(path));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
