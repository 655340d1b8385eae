package org.salespipeline.checklist.planted;

/** Planted to break an architecture rule (see ArchitectureTest): checklist using qualification, a package beside it. Never used. */
public final class ChecklistUsesQualification {
    org.salespipeline.qualification.BantAnswer answer;
}
