using System.Text;
using System.Text.RegularExpressions;

namespace Altegio
{
    /// <summary>
    /// A name filter with PowerShell's wildcards, decided here so that every list filters alike: <c>*</c> any
    /// run of characters, <c>?</c> one character, <c>[abc]</c> or <c>[a-z]</c> one of a set, a backtick makes the
    /// next character literal. The whole name must match, ignoring case; a pattern without wildcards is an
    /// exact (case-insensitive) name.
    /// </summary>
    public sealed class Wildcard
    {
        private readonly Regex _regex;

        private Wildcard(string pattern)
        {
            Pattern = pattern;
            _regex = new Regex(ToRegex(pattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }

        /// <summary>The pattern as given.</summary>
        public string Pattern { get; }

        /// <summary>A filter for <paramref name="pattern"/>; null (no filter) for a null or empty pattern.</summary>
        public static Wildcard? For(string? pattern) => string.IsNullOrEmpty(pattern) ? null : new Wildcard(pattern!);

        /// <summary>True when <paramref name="pattern"/> holds a wildcard character (an unescaped <c>*</c>, <c>?</c> or <c>[</c>).</summary>
        public static bool HasWildcards(string? pattern)
        {
            if (pattern is null)
            {
                return false;
            }

            for (var i = 0; i < pattern.Length; i++)
            {
                switch (pattern[i])
                {
                    case '`':
                        i++;
                        break;
                    case '*':
                    case '?':
                    case '[':
                        return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="text"/> matches the whole pattern.</summary>
        public bool IsMatch(string? text) => _regex.IsMatch(text ?? string.Empty);

        private static string ToRegex(string pattern)
        {
            var regex = new StringBuilder("^");
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                switch (c)
                {
                    case '`' when i + 1 < pattern.Length:
                        regex.Append(Regex.Escape(pattern[++i].ToString()));
                        break;
                    case '*':
                        regex.Append(".*");
                        break;
                    case '?':
                        regex.Append('.');
                        break;
                    case '[':
                        var end = pattern.IndexOf(']', i + 1);
                        if (end < 0 || end == i + 1)
                        {
                            regex.Append(@"\[");
                            break;
                        }

                        regex.Append('[');
                        foreach (var member in pattern.Substring(i + 1, end - i - 1))
                        {
                            regex.Append(member is '\\' or '^' or '[' ? "\\" + member : member.ToString());
                        }

                        regex.Append(']');
                        i = end;
                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            return regex.Append('$').ToString();
        }
    }
}
