using System.Collections;
using GlassesFirmware.Trigger;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>Edges queued by the test.</summary>
    public sealed class FakeButton : IButton
    {
        private readonly ArrayList _edges = new ArrayList();

        /// <summary>A press from <paramref name="down"/> to <paramref name="up"/> (ms).</summary>
        public void Press(long down, long up)
        {
            Add(true, down);
            Add(false, up);
        }

        /// <summary>One edge at <paramref name="at"/> (ms).</summary>
        public void Add(bool pressed, long at)
        {
            var e = new ButtonEdge();
            e.Pressed = pressed;
            e.AtMs = at;
            _edges.Add(e);
        }

        /// <inheritdoc />
        public bool TryTakeEdge(out ButtonEdge edge)
        {
            if (_edges.Count == 0)
            {
                edge = new ButtonEdge();
                return false;
            }
            edge = (ButtonEdge)_edges[0];
            _edges.RemoveAt(0);
            return true;
        }
    }
}
