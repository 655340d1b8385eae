package org.salespipeline.demo.data;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;

/** The change history of a history file's deals, delivered per project in ascending issue id. */
public final class FileHistorySource implements ChangeHistorySource {

    private final Map<String, List<DealSpec>> dealsByProject;

    public FileHistorySource(HistoryFile file) {
        this.dealsByProject = file.deals().stream()
                .sorted(Comparator.comparingLong(DealSpec::issueId))
                .collect(Collectors.groupingBy(DealSpec::projectKey, Collectors.toUnmodifiableList()));
    }

    @Override
    public int count(String projectKey) {
        return dealsOf(projectKey).size();
    }

    @Override
    public void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer) {
        List<DealSpec> deals = dealsOf(projectKey);
        for (int i = firstAfter(deals, afterIssueId); i < deals.size(); i++) {
            if (!consumer.test(deals.get(i).toChanges())) {
                return;
            }
        }
    }

    @Override
    public List<org.salespipeline.history.LoggedFieldChange> fieldChanges(String projectKey, long issueId) {
        return dealsOf(projectKey).stream().filter(deal -> deal.issueId() == issueId).findFirst()
                .map(deal -> deal.toChanges().fieldChanges()).orElse(List.of());
    }

    private List<DealSpec> dealsOf(String projectKey) {
        return dealsByProject.getOrDefault(projectKey, List.of());
    }

    // Binary search, so that resuming a rebuild near the end of a large project does not walk all its deals.
    private static int firstAfter(List<DealSpec> deals, long afterIssueId) {
        int low = 0;
        int high = deals.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (deals.get(middle).issueId() <= afterIssueId) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
