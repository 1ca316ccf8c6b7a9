using System.Threading.Tasks;

namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// The base of every Set- and Remove- cmdlet. Each item is changed in the same order: the input is checked
    /// (by Core, so -WhatIf reports a bad value as the real run would), ShouldProcess is asked, Core makes the
    /// change, and the result is written when the cmdlet wants it (-PassThru). A failure is reported against
    /// that item and the others go on.
    /// </summary>
    public abstract class AltegioChangeCmdlet : AltegioLocationCmdlet
    {
        /// <summary>Changes each of <paramref name="ids"/> in turn; see the class summary.</summary>
        /// <param name="ids">The items to change.</param>
        /// <param name="target">What ShouldProcess names, e.g. "Tag 5 in location 1001".</param>
        /// <param name="action">The ShouldProcess action, e.g. "Update".</param>
        /// <param name="validate">Checks the input before anything is asked or sent; null when there is nothing to check.</param>
        /// <param name="change">Makes the change; returns what to write, or null for nothing.</param>
        protected void ChangeEach(IEnumerable<long> ids, Func<long, string> target, string action, Action? validate, Func<long, Task<object?>> change) =>
            ForEachItem(ids, id => ChangeOne(id, target(id), action, validate, change));

        /// <summary>Changes one item; see <see cref="ChangeEach"/>.</summary>
        protected void Change(long id, string target, string action, Action? validate, Func<long, Task<object?>> change) =>
            ForItem(id, () => ChangeOne(id, target, action, validate, change));

        /// <summary>Asks whether to make the change; a cmdlet whose change has consequences to spell out overrides it.</summary>
        protected virtual bool ShouldChange(long id, string target, string action) => ShouldProcess(target, action);

        /// <summary>What a change that writes nothing returns.</summary>
        protected static async Task<object?> Nothing(Task change)
        {
            await change.ConfigureAwait(false);
            return null;
        }

        private void ChangeOne(long id, string target, string action, Action? validate, Func<long, Task<object?>> change)
        {
            validate?.Invoke();
            if (!ShouldChange(id, target, action))
            {
                return;
            }

            if (Await(change(id)) is { } result)
            {
                WriteObject(result);
            }
        }
    }
}
