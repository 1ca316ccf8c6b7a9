using Altegio.Completion;

namespace Altegio.PowerShell.Completers
{
    /// <summary>Completes team-member ids with the names of those who run events in the coming weeks.</summary>
    public sealed class EventTeamMemberIdCompleter : LocationListCompleter
    {
        /// <inheritdoc />
        protected override IReadOnlyList<CompletionItem> Items(AltegioSession session, long companyId) => EventCompletionSources.TeamMembers(session, companyId);
    }

    /// <summary>Completes service ids with the titles of services that have events in the coming weeks.</summary>
    public sealed class EventServiceIdCompleter : LocationListCompleter
    {
        /// <inheritdoc />
        protected override IReadOnlyList<CompletionItem> Items(AltegioSession session, long companyId) => EventCompletionSources.Services(session, companyId);
    }

    /// <summary>Completes resource ids with the resources events take in the coming weeks.</summary>
    public sealed class EventResourceIdCompleter : LocationListCompleter
    {
        /// <inheritdoc />
        protected override IReadOnlyList<CompletionItem> Items(AltegioSession session, long companyId) => EventCompletionSources.Resources(session, companyId);
    }

    /// <summary>Completes a new event's service id with the services that can run as group events.</summary>
    public sealed class GroupServiceIdCompleter : LocationListCompleter
    {
        /// <inheritdoc />
        protected override IReadOnlyList<CompletionItem> Items(AltegioSession session, long companyId) => EventCompletionSources.GroupServices(session, companyId);
    }
}
