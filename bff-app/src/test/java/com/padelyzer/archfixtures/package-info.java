/**
 * Deliberately broken sample classes, each breaking one architecture rule, so that the rules are shown to
 * catch what they claim to (ArchitectureRulesCatchViolationsTest). Never imported by the production rules.
 */
package com.padelyzer.archfixtures;
