using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace GlassesFirmware.Host.Metering
{
    /// <summary>
    /// Rewrites an assembly so that every basic block first adds its instruction count to a static
    /// counter (<c>__IlCost.Count</c>, a type injected into the assembly). Calls into other assemblies
    /// (mscorlib: array allocation, string construction) count as the one call instruction, except
    /// <c>String.get_Chars</c> (<c>s[i]</c>), which also adds <c>i</c>: a device string is UTF-8 and the interpreter
    /// walks it from the start to find character i.
    /// </summary>
    public static class IlInstrumenter
    {
        public const string CounterType = "__IlCost";
        public const string CounterField = "Count";
        public const string PerMethodField = "PerMethod";

        /// <summary>Names of the instrumented methods, indexed like the per-method counter array.</summary>
        public static string[] MethodNames { get; private set; }

        /// <summary>Writes the instrumented copy of <paramref name="input"/> to <paramref name="output"/>.</summary>
        public static void Instrument(string input, string output)
        {
            var resolver = new DefaultAssemblyResolver();
            resolver.AddSearchDirectory(Path.GetDirectoryName(input));
            using AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(input, new ReaderParameters { AssemblyResolver = resolver });
            ModuleDefinition module = assembly.MainModule;
            var counterType = new TypeDefinition(string.Empty, CounterType,
                TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class, module.TypeSystem.Object);
            var count = new FieldDefinition(CounterField, FieldAttributes.Public | FieldAttributes.Static, module.TypeSystem.Int64);
            counterType.Fields.Add(count);
            var perMethod = new FieldDefinition(PerMethodField, FieldAttributes.Public | FieldAttributes.Static, new ArrayType(module.TypeSystem.Int64));
            counterType.Fields.Add(perMethod);
            List<MethodDefinition> methods = module.Types.SelectMany(AllTypes).SelectMany(t => t.Methods).Where(m => m.HasBody).ToList();
            MethodNames = methods.Select(m => m.DeclaringType.Name + "." + m.Name).ToArray();
            for (int i = 0; i < methods.Count; i++)
            {
                InstrumentMethod(methods[i], count, perMethod, i);
            }

            module.Types.Add(counterType);
            assembly.Write(output);
        }

        private static IEnumerable<TypeDefinition> AllTypes(TypeDefinition type)
        {
            yield return type;
            foreach (TypeDefinition nested in type.NestedTypes.SelectMany(AllTypes))
            {
                yield return nested;
            }
        }

        private static void InstrumentMethod(MethodDefinition method, FieldDefinition count, FieldDefinition perMethod, int id)
        {
            MethodBody body = method.Body;
            body.SimplifyMacros();
            List<Instruction> code = body.Instructions.ToList();
            var leaders = new HashSet<Instruction> { code[0] };
            for (int i = 0; i < code.Count; i++)
            {
                Instruction ins = code[i];
                if (ins.Operand is Instruction target)
                {
                    leaders.Add(target);
                }
                else if (ins.Operand is Instruction[] targets)
                {
                    leaders.UnionWith(targets);
                }

                FlowControl flow = ins.OpCode.FlowControl;
                if ((flow == FlowControl.Branch || flow == FlowControl.Cond_Branch || flow == FlowControl.Return
                    || flow == FlowControl.Throw) && i + 1 < code.Count)
                {
                    leaders.Add(code[i + 1]);
                }
            }

            foreach (ExceptionHandler handler in body.ExceptionHandlers)
            {
                leaders.Add(handler.TryStart);
                leaders.Add(handler.HandlerStart);
                if (handler.FilterStart != null)
                {
                    leaders.Add(handler.FilterStart);
                }
            }

            ILProcessor il = body.GetILProcessor();
            int blockStart = 0;
            for (int i = 1; i <= code.Count; i++)
            {
                if (i < code.Count && !leaders.Contains(code[i]))
                {
                    continue;
                }

                Prefix(il, code[blockStart], i - blockStart, count, perMethod, id);
                blockStart = i;
            }

            ChargeStringIndexing(il, count);
            body.OptimizeMacros();
        }

        // Turns the leader itself into the first counting instruction (so branches and handler
        // boundaries that point at it run the counter) and re-inserts the original after the counter.
        private static void Prefix(ILProcessor il, Instruction leader, int instructions, FieldDefinition count,
            FieldDefinition perMethod, int id)
        {
            Instruction original = Instruction.Create(OpCodes.Nop);
            original.OpCode = leader.OpCode;
            original.Operand = leader.Operand;
            leader.OpCode = OpCodes.Ldsfld;
            leader.Operand = count;
            Instruction[] rest =
            {
                il.Create(OpCodes.Ldc_I4, instructions),
                il.Create(OpCodes.Conv_I8),
                il.Create(OpCodes.Add),
                il.Create(OpCodes.Stsfld, count),
                // PerMethod[id] += instructions, when profiling is on (array not null).
                il.Create(OpCodes.Ldsfld, perMethod),
                il.Create(OpCodes.Ldc_I4, id),
                il.Create(OpCodes.Ldc_I4, instructions),
                il.Create(OpCodes.Call, il.Body.Method.Module.ImportReference(typeof(IlInstrumenter).GetMethod(nameof(AddTo)))),
                original,
            };
            Instruction previous = leader;
            foreach (Instruction ins in rest)
            {
                il.InsertAfter(previous, ins);
                previous = ins;
            }
        }

        // Before each s[i] (stack: s, i) adds i to the counter. Runs after the block counters are in place: every
        // branch target is then a counter instruction, so nothing jumps past the inserted charge.
        private static void ChargeStringIndexing(ILProcessor il, FieldDefinition count)
        {
            foreach (Instruction call in il.Body.Instructions.Where(IsStringIndexing).ToList())
            {
                il.InsertBefore(call, il.Create(OpCodes.Dup));
                il.InsertBefore(call, il.Create(OpCodes.Conv_I8));
                il.InsertBefore(call, il.Create(OpCodes.Ldsfld, count));
                il.InsertBefore(call, il.Create(OpCodes.Add));
                il.InsertBefore(call, il.Create(OpCodes.Stsfld, count));
            }
        }

        private static bool IsStringIndexing(Instruction ins) =>
            (ins.OpCode == OpCodes.Call || ins.OpCode == OpCodes.Callvirt) && ins.Operand is MethodReference m
            && m.Name == "get_Chars" && m.DeclaringType.FullName == "System.String";

        /// <summary>Per-method tally called by instrumented code; a null array means profiling is off.</summary>
        public static void AddTo(long[] counters, int id, int instructions)
        {
            if (counters != null)
            {
                counters[id] += instructions;
            }
        }
    }
}
