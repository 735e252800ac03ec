using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>
    /// No unassigned string-array element can be compared: on the nanoFramework interpreter the elements of a fresh
    /// <c>string[]</c> are typed strings with no data, and comparing one with a string crashes the interpreter. So every
    /// <c>new string[...]</c> in device code either has an initializer (every element assigned), has the constant
    /// length 0, or is the one allow-listed helper that fills the array before returning it.
    /// </summary>
    public static class StringArrayRule
    {
        /// <summary>The helper that creates filled string arrays of computed length (GlassesFirmware/Runtime/Text).</summary>
        public const string FillingHelper = "GlassesFirmware.Text.StringArrays.Filled";

        /// <summary>Every <c>new string[n]</c> of <paramref name="compilation"/> left unfilled, as (node, what) pairs.</summary>
        public static IEnumerable<(SyntaxNode Node, string Message)> Check(CSharpCompilation compilation)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (ArrayCreationExpressionSyntax creation in tree.GetRoot().DescendantNodes().OfType<ArrayCreationExpressionSyntax>())
                {
                    if (creation.Initializer != null || creation.Type.RankSpecifiers.Count != 1
                        || model.GetTypeInfo(creation).Type is not IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String })
                    {
                        continue;
                    }

                    ExpressionSyntax size = creation.Type.RankSpecifiers[0].Sizes[0];
                    Optional<object> constant = model.GetConstantValue(size);
                    if (constant.HasValue && constant.Value is int length && length == 0)
                    {
                        continue;
                    }

                    if (model.GetEnclosingSymbol(creation.SpanStart) is IMethodSymbol method
                        && method.ContainingType.ToDisplayString() + "." + method.Name == FillingHelper)
                    {
                        continue;
                    }

                    yield return (creation, "new string[" + size + "] leaves its elements unassigned, and comparing one crashes the nanoFramework interpreter: "
                        + "use an initializer ({ ... }) or " + FillingHelper + "(length, value)");
                }
            }
        }
    }
}
