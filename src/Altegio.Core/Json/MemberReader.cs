using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Altegio.Json
{
    /// <summary>
    /// Reads the members of a parsed JSON object into a model with one pass over them. The members are listed
    /// in the order the API writes them, and the search for a member's name starts after the member matched
    /// last, so that an answer in the usual order costs one name comparison per member. Members the API sends
    /// but the model ignores are listed without a setter for the same reason.
    /// </summary>
    internal sealed class MemberReader<T> : IEnumerable<string>
    {
        private readonly List<byte[]> _names = new List<byte[]>();
        private readonly List<Action<T, JsonElement>?> _setters = new List<Action<T, JsonElement>?>();

        /// <summary>Adds a member: its name and how to store its value (null for a member that is read past).</summary>
        public void Add(string name, Action<T, JsonElement>? set)
        {
            _names.Add(Encoding.UTF8.GetBytes(name));
            _setters.Add(set);
        }

        /// <summary>Stores the value of every listed member of <paramref name="obj"/> into <paramref name="into"/>; a later duplicate wins.</summary>
        public T Read(JsonElement obj, T into)
        {
            var count = _names.Count;
            var next = 0;
            foreach (var member in obj.EnumerateObject())
            {
                for (var tried = 0; tried < count; tried++)
                {
                    var i = next + tried;
                    if (i >= count)
                    {
                        i -= count;
                    }

                    if (member.NameEquals(_names[i]))
                    {
                        _setters[i]?.Invoke(into, member.Value);
                        next = i + 1 == count ? 0 : i + 1;
                        break;
                    }
                }
            }

            return into;
        }

        IEnumerator<string> IEnumerable<string>.GetEnumerator()
        {
            foreach (var name in _names)
            {
                yield return Encoding.UTF8.GetString(name);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<string>)this).GetEnumerator();
    }
}
