/*
 * Moves a deal into a stage or outcome of the board through Jira's own transitions, so that Jira's workflow, the
 * app's validators and Jira's history all apply. A Lost or Disqualified move asks for the reason first: sent with
 * the transition when its screen has the reason field, otherwise set by an edit first and put back when Jira
 * refuses the transition.
 */
define('sales-pipeline/board/move', ['sales-pipeline/board/jira-rest', 'sales-pipeline/board/common'],
    function (jira, common) {
        'use strict';

        var text = common.text;

        /** The field of the given name among fields keyed by id, as {id, allowedValues}; null when none has it. */
        function fieldNamed(fields, name) {
            var ids = Object.keys(fields || {});
            for (var i = 0; i < ids.length; i++) {
                if (fields[ids[i]] && fields[ids[i]].name === name) {
                    return { id: fields[ids[i]].fieldId || ids[i], allowedValues: fields[ids[i]].allowedValues || [] };
                }
            }
            return null;
        }

        function refused(lines) {
            return { messages: lines };
        }

        function option(choice) {
            return { id: String(choice.id) };
        }

        /** Sets the reason by an edit, makes the transition, and puts the old reason back when it is refused. */
        function withEditedReason(issueKey, transition, field, choice) {
            return jira.values(issueKey, [field.id]).then(function (before) {
                var previous = before[field.id] && before[field.id].id ? option(before[field.id]) : null;
                var update = {};
                update[field.id] = option(choice);
                return jira.edit(issueKey, update).then(function () {
                    return jira.transition(issueKey, transition.id).catch(function (refusal) {
                        var undo = {};
                        undo[field.id] = previous;
                        return jira.edit(issueKey, undo).then(function () { throw refusal; }, function () { throw refusal; });
                    });
                });
            });
        }

        /**
         * Moves the deal to the target ({name, statuses, reasonField}); askReason(options) resolves with the chosen
         * option or rejects when the user cancels. Rejects with {messages} when Jira or the validators refuse.
         */
        function move(issueKey, target, askReason) {
            return jira.transitions(issueKey).then(function (transitions) {
                var transition = transitions.filter(function (each) {
                    return each.to && target.statuses.indexOf(String(each.to.id)) >= 0;
                })[0];
                if (!transition) {
                    throw refused([text('sales-pipeline.board.move.none', target.name)]);
                }
                if (!target.reasonField) {
                    return jira.transition(issueKey, transition.id);
                }
                var onScreen = fieldNamed(transition.fields, target.reasonField);
                if (onScreen) {
                    return askReason(onScreen.allowedValues).then(function (choice) {
                        var fields = {};
                        fields[onScreen.id] = option(choice);
                        return jira.transition(issueKey, transition.id, fields);
                    });
                }
                return jira.editableFields(issueKey).then(function (editable) {
                    var field = fieldNamed(editable, target.reasonField);
                    if (!field) {
                        throw refused([text('sales-pipeline.board.move.no-reason-field', target.reasonField)]);
                    }
                    return askReason(field.allowedValues).then(function (choice) {
                        return withEditedReason(issueKey, transition, field, choice);
                    });
                });
            });
        }

        return { move: move, fieldNamed: fieldNamed };
    });
