using System.Collections;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>Wake-word detections queued by the test.</summary>
    public sealed class FakeWakeWord : IWakeWord
    {
        private readonly ArrayList _at = new ArrayList();

        /// <summary>The wake word was heard at <paramref name="atMs"/>.</summary>
        public void Heard(long atMs)
        {
            _at.Add(atMs);
        }

        /// <inheritdoc />
        public bool TryTakeDetection(out long atMs)
        {
            if (_at.Count == 0)
            {
                atMs = 0;
                return false;
            }
            atMs = (long)_at[0];
            _at.RemoveAt(0);
            return true;
        }
    }
}
