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
    }
}
