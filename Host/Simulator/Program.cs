using System;
using System.Linq;
using GlassesFirmware.Host.Simulator.Commands;

namespace GlassesFirmware.Host.Simulator
{
    public static class Program
    {
        // One line per command; each lives in Commands/<Name>Command.cs.
        private static readonly ICommand[] Commands =
        {
            new ConfigCommand(),
            new PayloadCommand(),
            new DecodeCommand(),
            new ReplayCommand(),
            new DemoCommand(),
            new PeerCommand(),
            new PairCommand(),
            new PayCommand(),
            new ListenCommand(),
        };

        public static int Main(string[] args)
        {
            ICommand command = args.Length == 0 ? null : Commands.FirstOrDefault(c => c.Name == args[0]);
            if (command == null)
            {
                Console.Error.WriteLine("glasses-sim: run the glasses payment runtime on this computer.\n\nusage:");
                foreach (ICommand c in Commands)
                {
                    Console.Error.WriteLine("  glasses-sim " + c.Usage);
                }

                return 2;
            }

            return command.Run(args.Skip(1).ToArray(), Console.Out, Console.Error);
        }
    }
}
