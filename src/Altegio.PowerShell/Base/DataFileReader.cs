using System.Management.Automation.Language;
using Altegio.Configuration;

namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// Reads a PowerShell data file (.psd1) as data only: the file is parsed, never run, and only the data
    /// language is accepted (quoted strings without variables or subexpressions, numbers, $true, $false,
    /// $null, @( ), comma lists and @{ }). Anything else (a command, a variable, a script block, a type
    /// cast) fails with its line, so no file can make the module run code. The result is Core's plain tree.
    /// </summary>
    internal static class DataFileReader
    {
        public static ConfigNode Read(string path, string source)
        {
            var ast = Parser.ParseFile(path, out _, out var errors);
            if (errors.Length > 0)
            {
                var first = errors[0];
                throw new ConfigurationException(source + " line " + first.Extent.StartLineNumber.ToString(CultureInfo.InvariantCulture)
                    + ": the file cannot be parsed: " + first.Message, null);
            }

            if (ast.ParamBlock != null || ast.BeginBlock != null || ast.ProcessBlock != null || ast.DynamicParamBlock != null
                || ast.ScriptRequirements != null || ast.EndBlock is null || ast.EndBlock.Statements.Count != 1
                || ast.EndBlock.Traps is { Count: > 0 })
            {
                throw new ConfigurationException(source + ": the file must hold exactly one hashtable, @{ ... }, and nothing else but comments.", null);
            }

            var root = Value(ast.EndBlock.Statements[0], source);
            if (root is not ConfigMap)
            {
                throw new ConfigurationException(source + " line " + ast.EndBlock.Statements[0].Extent.StartLineNumber.ToString(CultureInfo.InvariantCulture)
                    + ": the file must hold one hashtable, @{ ... }.", null);
            }

            return root;
        }

        private static ConfigNode Value(StatementAst statement, string source)
        {
            if (statement is PipelineAst { PipelineElements.Count: 1 } pipeline
                && pipeline.PipelineElements[0] is CommandExpressionAst { Redirections.Count: 0 } command)
            {
                return Value(command.Expression, source);
            }

            throw NotData(statement, source);
        }

        private static ConfigNode Value(ExpressionAst expression, string source)
        {
            var line = expression.Extent.StartLineNumber;
            switch (expression)
            {
                case StringConstantExpressionAst text when text.StringConstantType != StringConstantType.BareWord:
                    return new ConfigScalar(text.Value, line);
                case ExpandableStringExpressionAst expandable when expandable.NestedExpressions.Count == 0:
                    return new ConfigScalar(expandable.Value, line);
                case ConstantExpressionAst constant when constant.Value is int or long or byte or short:
                    return new ConfigScalar(Convert.ToInt64(constant.Value, CultureInfo.InvariantCulture), line);
                case ConstantExpressionAst constant when constant.Value is double or decimal or float:
                    return new ConfigScalar(Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture), line);
                case VariableExpressionAst variable when !variable.Splatted && variable.VariablePath.IsUnqualified
                    && IsOneOf(variable.VariablePath.UserPath, "true", "false", "null"):
                    var name = variable.VariablePath.UserPath.ToLowerInvariant();
                    return new ConfigScalar(name == "null" ? null : (object)(name == "true"), line);
                case ArrayExpressionAst array:
                    var items = new List<ConfigNode>();
                    foreach (var statement in array.SubExpression.Statements)
                    {
                        var item = Value(statement, source);
                        if (item is ConfigList inner && statement is PipelineAst { PipelineElements: { Count: 1 } } p
                            && p.PipelineElements[0] is CommandExpressionAst { Expression: ArrayLiteralAst })
                        {
                            // @( a, b ) is one statement holding the list a, b: its items are the array's items.
                            items.AddRange(inner.Items);
                        }
                        else
                        {
                            items.Add(item);
                        }
                    }

                    return new ConfigList(items, line);
                case ArrayLiteralAst literal:
                    return new ConfigList(literal.Elements.Select(e => Value(e, source)).ToList(), line);
                case ParenExpressionAst paren:
                    return Value(paren.Pipeline, source);
                case HashtableAst table:
                    var entries = new List<ConfigEntry>();
                    foreach (var pair in table.KeyValuePairs)
                    {
                        if (pair.Item1 is not StringConstantExpressionAst key)
                        {
                            throw NotData(pair.Item1, source);
                        }

                        entries.Add(new ConfigEntry(key.Value, Value(pair.Item2, source), pair.Item1.Extent.StartLineNumber));
                    }

                    return new ConfigMap(entries, line);
                default:
                    throw NotData(expression, source);
            }
        }

        private static bool IsOneOf(string value, params string[] names) =>
            names.Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));

        private static ConfigurationException NotData(Ast ast, string source)
        {
            var text = ast.Extent.Text;
            if (text.Length > 60)
            {
                text = text.Substring(0, 57) + "...";
            }

            var hint = ast is CommandAst || (ast is PipelineAst p && p.PipelineElements.Any(e => e is CommandAst))
                ? " (a bare word is a command: put text in quotes)"
                : string.Empty;
            return new ConfigurationException(source + " line " + ast.Extent.StartLineNumber.ToString(CultureInfo.InvariantCulture)
                + ": '" + text + "' is not data" + hint + "; a configuration file may hold only quoted strings, numbers, $true, $false, $null, @( ) and @{ }."
                + " It is read as data and never run.", null);
        }
    }
}
