package org.cungaiju.reform.api.ledger;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A measure of the plan (工作措施) as a key task with its responsible departments.
 *
 * <p>The plan's list of departments for a measure ends in 等 ("and others"), so it is not
 * exhaustive: {@code nonExhaustive} records that. Immutable and thread-safe.
 *
 * @param number the measure's number, 1 to 10
 * @param section the section (一 to 四 as 1 to 4) the measure stands in
 * @param sectionTitle the section's title, such as {@code 提升村改居社区规划建设水平}
 * @param title the measure's title, such as {@code 推行一体化城市规划管理制度}
 * @param leadDepartments the departments the plan names, in the plan's order
 * @param nonExhaustive whether the plan's list ends in 等
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record KeyTask(
    int number,
    int section,
    String sectionTitle,
    String title,
    ImmutableList<Department> leadDepartments,
    boolean nonExhaustive) {

  /** Validates numbering, titles and departments. */
  public KeyTask {
    checkInput(number >= 1, "number", number, "is not positive", "1 or more");
    checkInput(section >= 1, "section", section, "is not positive", "1 or more");
    Checks.text(sectionTitle, "sectionTitle", 100, sectionTitle);
    Checks.text(title, "title", 100, title);
    leadDepartments = ImmutableList.copyOf(leadDepartments);
    checkInput(!leadDepartments.isEmpty(), "leadDepartments", "[]", "is empty",
        "at least one department");
    var seen = new HashSet<Department>();
    for (Department d : leadDepartments) {
      checkInput(seen.add(d), "leadDepartments", d, "is listed twice", "distinct departments");
    }
  }
}
