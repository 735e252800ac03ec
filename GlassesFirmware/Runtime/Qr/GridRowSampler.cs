namespace GlassesFirmware.Qr
{
    /// <summary>
    /// Samples a fitted grid into a <see cref="BitGrid"/> a band of rows at a time, one point per module or by
    /// a 5-point vote, while the frame's <see cref="WorkBudget"/> allows; the next call goes on from the next row.
    /// </summary>
    public sealed class GridRowSampler
    {
        /// <summary>Work estimate (IL instructions, calibrated with Host/CostMeter) per module sampled once.</summary>
        public const int ModuleCost = 110;
        /// <summary>Work estimate per module sampled by vote.</summary>
        public const int VoteModuleCost = 800;

        private readonly ModuleSampler _modules;
        private int _dimension;
        private int _row;
        private bool _vote;

        /// <summary>Creates a row sampler over the transform of <paramref name="modules"/>.</summary>
        public GridRowSampler(ModuleSampler modules)
        {
            _modules = modules;
        }

        /// <summary>Starts a grid of <paramref name="dimension"/> modules, by vote when <paramref name="vote"/>.</summary>
        public void Begin(BitGrid grid, int dimension, bool vote)
        {
            grid.Reset(dimension);
            _dimension = dimension;
            _row = 0;
            _vote = vote;
        }

        /// <summary>
        /// Samples rows while <paramref name="budget"/> allows (at least one when <paramref name="force"/>):
        /// 1 when the grid is done, 0 when rows wait for the next call, -1 when the grid left the frame.
        /// </summary>
        public int Rows(BitGrid grid, WorkBudget budget, bool force)
        {
            int perRow = _dimension * (_vote ? VoteModuleCost : ModuleCost);
            while (_row < _dimension)
            {
                if (!budget.Allows(perRow) && !force)
                {
                    return 0;
                }
                force = false;
                int to = _row + 1;
                while (to < _dimension && budget.Allows(perRow * (to - _row + 1)))
                {
                    to++;
                }
                bool inside = _modules.SampleRows(_dimension, grid, _vote, _row, to);
                budget.Charge(perRow * (to - _row));
                _row = to;
                if (!inside)
                {
                    return -1;
                }
            }
            return 1;
        }
    }
}
