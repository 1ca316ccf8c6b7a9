using System.Threading;
using System.Threading.Tasks;

namespace Altegio.PowerShell.Base
{
    /// <summary>A cmdlet that works inside one location (company): it takes -CompanyId, defaulting to the session's.</summary>
    public abstract class AltegioLocationCmdlet : AltegioApiCmdlet
    {
        /// <summary>-CompanyId, shared by every location cmdlet: the location to act on, else the session's. Its help for users is in each cmdlet's page in src/help/en-US.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("LocationId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.CompanyIdCompleter))]
        public long CompanyId { get; set; }

        /// <summary>
        /// The location for the current record: -CompanyId (given or piped) or the session's default.
        /// Stops the command with Altegio.NoCompany when there is neither.
        /// </summary>
        protected long ResolveCompanyId()
        {
            if (CompanyId > 0)
            {
                return CompanyId;
            }

            if (ActiveSession.CompanyId is long fromSession)
            {
                return fromSession;
            }

            ThrowTerminatingError(ErrorRecordFactory.NoCompany());
            return 0;
        }

        /// <summary>
        /// The body of a Get cmdlet that reads by -Id or lists, in the location of this record: each id read in
        /// turn (a failure is reported against that id and the others go on), else the whole list.
        /// </summary>
        /// <param name="ids">-Id; empty to list.</param>
        /// <param name="get">Core's read of one item: location, id, cancellation.</param>
        /// <param name="list">Core's list: location, cancellation.</param>
        protected void GetEachOrList<T>(IReadOnlyCollection<long> ids, Func<long, long, CancellationToken, Task<T>> get,
            Func<long, CancellationToken, Task<IReadOnlyList<T>>> list)
        {
            var companyId = ResolveCompanyId();
            if (ids.Count > 0)
            {
                ForEachItem(ids, id => WriteObject(Await(get(companyId, id, Cancellation))));
                return;
            }

            WriteObject(Await(list(companyId, Cancellation)), enumerateCollection: true);
        }
    }
}
