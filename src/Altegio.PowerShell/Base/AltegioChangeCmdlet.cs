using System.Threading;
using System.Threading.Tasks;

namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// The base of every cmdlet that makes one change per item: New, Set, Remove, Move. Each item is changed in
    /// the same order: the input is checked (by Core, so -WhatIf reports a bad value as the real run would),
    /// ShouldProcess is asked, Core makes the change, and the result is written. A failure is reported against
    /// that item and the others go on.
    /// </summary>
    public abstract class AltegioChangeCmdlet : AltegioLocationCmdlet
    {
        /// <summary>Changes each of <paramref name="ids"/> in turn; see <see cref="Change{T}(object, string, string, Action, Func{Task{T}}, bool)"/>.</summary>
        /// <param name="ids">The items to change; a failure is reported against the id.</param>
        /// <param name="target">What ShouldProcess names for an id, e.g. "Tag 5 in location 1001".</param>
        /// <param name="action">The ShouldProcess action, e.g. "Update".</param>
        /// <param name="validate">Checks the input before anything is asked or sent; null when there is nothing to check.</param>
        /// <param name="change">Makes the change.</param>
        /// <param name="write">False when what the change returns is not written (a Set without -PassThru).</param>
        protected void ChangeEach<T>(IEnumerable<long> ids, Func<long, string> target, string action, Action? validate, Func<long, Task<T>> change,
            bool write = true) =>
            ForEachItem(ids, id => ChangeOne(target(id), action, validate, () => change(id), write ? WriteResult : null));

        /// <summary>Changes one item: validate, ShouldProcess, call Core, write what it returns unless that is null or <paramref name="write"/> is false.</summary>
        /// <param name="item">What a failure is reported against: the id, or the input row.</param>
        /// <param name="target">What ShouldProcess names.</param>
        /// <param name="action">The ShouldProcess action.</param>
        /// <param name="validate">Checks the input before anything is asked or sent; null when there is nothing to check.</param>
        /// <param name="change">Makes the change.</param>
        /// <param name="write">False when what the change returns is not written (a Set without -PassThru).</param>
        protected void Change<T>(object? item, string target, string action, Action? validate, Func<Task<T>> change, bool write = true) =>
            ForItem(item, () => ChangeOne(target, action, validate, change, write ? WriteResult : null));

        /// <summary>Changes one item as <see cref="Change{T}(object, string, string, Action, Func{Task{T}}, bool)"/>, and hands the result to <paramref name="write"/> (which may warn first).</summary>
        protected void Change<T>(object? item, string target, string action, Action? validate, Func<Task<T>> change, Action<T> write) =>
            ForItem(item, () => ChangeOne(target, action, validate, change, write));

        /// <summary>The body of a Remove cmdlet: each id, in the location of this record, asked about and deleted in turn.</summary>
        /// <param name="ids">The items to remove.</param>
        /// <param name="noun">What an item is called in the ShouldProcess target, e.g. "Tag".</param>
        /// <param name="delete">Core's delete: location, id, cancellation.</param>
        protected void RemoveEach(IEnumerable<long> ids, string noun, Func<long, long, CancellationToken, Task> delete)
        {
            var companyId = ResolveCompanyId();
            ChangeEach(ids, id => Target(noun, id, companyId), "Remove", null, id => Done(delete(companyId, id, Cancellation)));
        }

        /// <summary>Asks whether to make the change; a cmdlet whose change has consequences to spell out overrides it.</summary>
        protected virtual bool ShouldChange(string target, string action) => ShouldProcess(target, action);

        /// <summary>The ShouldProcess target of an item in a location, e.g. "Tag 5 in location 1001".</summary>
        protected static string Target(string noun, long id, long companyId) =>
            string.Format(CultureInfo.InvariantCulture, "{0} {1} in location {2}", noun, id, companyId);

        /// <summary>
        /// Makes a change that answers with nothing (the API returns no item), then reads the item back when
        /// <paramref name="read"/> (-PassThru); null otherwise.
        /// </summary>
        protected static async Task<T?> ReadBack<T>(Task change, bool read, Func<Task<T>> get)
            where T : class
        {
            await change.ConfigureAwait(false);
            return read ? await get().ConfigureAwait(false) : null;
        }

        /// <summary>What a change that writes nothing returns.</summary>
        private static async Task<object?> Done(Task change)
        {
            await change.ConfigureAwait(false);
            return null;
        }

        private void WriteResult<T>(T result)
        {
            if (result is not null)
            {
                WriteObject(result);
            }
        }

        private void ChangeOne<T>(string target, string action, Action? validate, Func<Task<T>> change, Action<T>? write)
        {
            validate?.Invoke();
            if (!ShouldChange(target, action))
            {
                return;
            }

            var result = Await(change());
            write?.Invoke(result);
        }
    }
}
