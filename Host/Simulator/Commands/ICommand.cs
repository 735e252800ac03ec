using System.IO;

namespace GlassesFirmware.Host.Simulator.Commands
{
    /// <summary>One glasses-sim sub-command.</summary>
    public interface ICommand
    {
        /// <summary>The word after glasses-sim, e.g. <c>config</c>.</summary>
        string Name { get; }

        /// <summary>One line for the usage text.</summary>
        string Usage { get; }

        /// <summary>Runs with the arguments after the name; returns the process exit code.</summary>
        int Run(string[] args, TextWriter output, TextWriter error);
    }
}
