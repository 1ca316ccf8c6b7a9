using System.Collections;
using Altegio.Completion;

namespace Altegio.PowerShell.Completers
{
    /// <summary>What the module's completers share: finding the session and company, and shaping results.</summary>
    internal static class CompleterSupport
    {
        /// <summary>The -Session already typed on the command line, else the runspace's current session.</summary>
        public static AltegioSession? FindSession(IDictionary? fakeBoundParameters)
        {
            if (Unwrap(fakeBoundParameters?["Session"]) is AltegioSession given)
            {
                return given;
            }

            try
            {
                using var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
                shell.AddCommand("Get-Variable")
                    .AddParameter("Name", Base.SessionStore.VariableName)
                    .AddParameter("Scope", "Global")
                    .AddParameter("ValueOnly")
                    .AddParameter("ErrorAction", "Ignore");
                return shell.Invoke().Select(o => Unwrap(o)).OfType<AltegioSession>().FirstOrDefault();
            }
            catch (InvalidOperationException)
            {
                // No runspace on this thread (completion outside a host): nothing to offer.
                return null;
            }
        }

        /// <summary>The -CompanyId/-LocationId typed on the command line, else the session's default.</summary>
        public static long? FindCompanyId(IDictionary? fakeBoundParameters, AltegioSession session)
        {
            foreach (var name in new[] { "CompanyId", "LocationId" })
            {
                var value = Unwrap(fakeBoundParameters?[name]);
                if (value != null && long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0)
                {
                    return id;
                }
            }

            return session.CompanyId;
        }

        public static IEnumerable<CompletionResult> Results(IEnumerable<CompletionItem> items, string wordToComplete) =>
            CompletionCache.Match(items, wordToComplete)
                .Select(i => new CompletionResult(i.Value, i.Value + "  " + i.Title, CompletionResultType.ParameterValue, i.Title));

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }

    /// <summary>Completes location ids with their titles, from the session's cached location list.</summary>
    public sealed class CompanyIdCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            System.Management.Automation.Language.CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var session = CompleterSupport.FindSession(fakeBoundParameters);
            return session is null
                ? Enumerable.Empty<CompletionResult>()
                : CompleterSupport.Results(CompletionSources.Locations(session), wordToComplete);
        }
    }

    /// <summary>Completes tag ids with their titles, for the location given or the session's default.</summary>
    public sealed class TagIdCompleter : LocationListCompleter
    {
        /// <inheritdoc />
        protected override IReadOnlyList<CompletionItem> Items(AltegioSession session, long companyId) => CompletionSources.Tags(session, companyId);
    }

    /// <summary>Completes position ids with their titles.</summary>
    public sealed class PositionIdCompleter : LocationListCompleter
    {
        /// <inheritdoc />
        protected override IReadOnlyList<CompletionItem> Items(AltegioSession session, long companyId) => CompletionSources.Positions(session, companyId);
    }

    /// <summary>Completes team-member ids with their names.</summary>
    public sealed class TeamMemberIdCompleter : LocationListCompleter
    {
        /// <inheritdoc />
        protected override IReadOnlyList<CompletionItem> Items(AltegioSession session, long companyId) => CompletionSources.TeamMembers(session, companyId);
    }

    /// <summary>A completer whose list belongs to one location: the -CompanyId typed, else the session's.</summary>
    public abstract class LocationListCompleter : IArgumentCompleter
    {
        /// <summary>The cached list for the location.</summary>
        protected abstract IReadOnlyList<CompletionItem> Items(AltegioSession session, long companyId);

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            System.Management.Automation.Language.CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var session = CompleterSupport.FindSession(fakeBoundParameters);
            var companyId = session is null ? null : CompleterSupport.FindCompanyId(fakeBoundParameters, session);
            return session is null || companyId is null
                ? Enumerable.Empty<CompletionResult>()
                : CompleterSupport.Results(Items(session, companyId.Value), wordToComplete);
        }
    }
}
