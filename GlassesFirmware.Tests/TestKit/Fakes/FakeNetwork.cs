using GlassesFirmware.Session.Loop;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>A network join that stays under way until the test finishes it.</summary>
    public sealed class FakeNetwork : INetworkJoin
    {
        /// <summary>Set or read by the test.</summary>
        public int Joins;
        /// <summary>Set or read by the test.</summary>
        public bool Joining;

        /// <inheritdoc />
        public bool IsJoining
        {
            get { return Joining; }
        }

        /// <inheritdoc />
        public void Join()
        {
            Joins++;
        }
    }
}
