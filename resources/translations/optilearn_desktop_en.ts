<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutAction</name>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1: version, server and licences (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>This program uses Qt %1 and Qt for Python (PySide6 %2), (c) The Qt Company Ltd. and other contributors, under the GNU Lesser General Public License version 3. You may replace their libraries in the program&apos;s folder with your own builds. Their source code: https://download.qt.io/official_releases/qt/ and https://download.qt.io/official_releases/QtForPython/. The full notices and licence texts are below and in the licences folder inside the program&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow your children&apos;s courses, grades and classes at school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <comment>no server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences of what ships inside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences of what ships inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>No badges earned yet. Badges reward things like a streak of learning days or high quiz scores; each one %1 earns is listed here with the date it was earned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what this notification is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s). Choose one and Show:</source>
        <translation>
            <numerusform>%n new notification. Choose one and Show:</numerusform>
            <numerusform>%n new notifications. Choose one and Show:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the chosen notification is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertReasons</name>
    <message>
        <source>The child&apos;s data is not loaded yet, so this cannot be explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded %1. The assignment is not among the grades seen on this computer (the school sends only the latest ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, under the pass mark of %4; graded on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, passed; graded on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of all graded work is %1, under the pass mark of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course&apos;s grades seen on this computer average under the pass mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: average %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The live classes could not be loaded, so the missed class is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 attendance, %2 of %n class(es) missed.</source>
        <translation>
            <numerusform>This month: %1 attendance, %2 of %n class missed.</numerusform>
            <numerusform>This month: %1 attendance, %2 of %n classes missed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed %1 (%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which class was missed is not known: the server sends only the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class is not among this month&apos;s missed classes (an earlier month&apos;s?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>Always on, and always shown in the app: the school requires this alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always shown in the app: the school requires this alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of OptiLearn Desktop cannot change this alert; use the OptiLearn website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <comment>an alert switched on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: push notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-app (always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school sets how often this alert is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <source>%1: %2</source>
        <comment>a child&apos;s name, then a notification&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s) about %1. Open the app to read them.</source>
        <translation>
            <numerusform>%n new notification about %1. Open the app to read them.</numerusform>
            <numerusform>%n new notifications about %1. Open the app to read them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s). Open the app to read them.</source>
        <translation>
            <numerusform>%n new notification. Open the app to read them.</numerusform>
            <numerusform>%n new notifications. Open the app to read them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) during quiet hours</source>
        <translation>
            <numerusform>%n notification during quiet hours</numerusform>
            <numerusform>%n notifications during quiet hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong while talking to OptiLearn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn cannot be reached. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: its certificate was issued by an authority this computer does not trust. If your school&apos;s network inspects secure connections, ask IT for its CA certificate and install it in the system&apos;s trust store, or start the app with --ca-bundle FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: the server&apos;s certificate has expired, or is not valid yet. Check that this computer&apos;s date and time are right; if they are, the school&apos;s IT must renew the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: the certificate belongs to another server. Check the server address; if it is right, something on the network is answering in OptiLearn&apos;s place: ask the school&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: its certificate is not trusted by this computer. If your school uses a filtering proxy, ask IT for its CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school is registered under that institution code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not allowed to see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn had a problem answering. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn is asking this computer to wait a little before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn sent an answer this app could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn sent an unexpectedly large answer; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not set up as a parent. Parents see their children here once the school office has set the account up as a parent contact in OptiCRM and linked it to each child. Please ask the school office to check your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is no longer linked to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn did not say who signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn sent an overview this app could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate link does not point to your OptiLearn server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file given with --ca-bundle, %1, does not exist. Ask the school&apos;s IT for the right file, or start the app without --ca-bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file given with --ca-bundle, %1, holds no certificate in PEM form (-----BEGIN CERTIFICATE-----). Ask the school&apos;s IT for the right file, or start the app without --ca-bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file given with --ca-bundle, %1, cannot be read (%2). Ask the school&apos;s IT for the right file, or start the app without --ca-bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn is taking too long to answer. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn was interrupted. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request could not be sent to OptiLearn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available from the school&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be refreshed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not refreshed lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1: under the pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over %n grade(s) seen, under the pass mark of %2</source>
        <translation>
            <numerusform>Average %1 over %n grade seen, under the pass mark of %2</numerusform>
            <numerusform>Average %1 over %n grades seen, under the pass mark of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Past due, not handed in when last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) missed this month</source>
        <translation>
            <numerusform>%n class missed this month</numerusform>
            <numerusform>%n classes missed this month</numerusform>
        </translation>
    </message>
    <message>
        <source>Which classes is not known: the school&apos;s server sends only the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live class attendance this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigSignOut</name>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and clear this computer for the next parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>One calendar file with the upcoming assignments (at their due time) and the next live classes of the children you choose. Open it with your calendar app to add them; adding a newer file later updates these events instead of repeating them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>OptiLearn: school calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a child&apos;s name, then class</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment due for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (live class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live class for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>Attendance this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n class(es))</source>
        <translation>
            <numerusform>(%1 of %n class)</numerusform>
            <numerusform>(%1 of %n classes)</numerusform>
        </translation>
    </message>
    <message>
        <source>No class held this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln course(s) in progress</source>
        <translation>
            <numerusform>%Ln course in progress</numerusform>
            <numerusform>%Ln courses in progress</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; data from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>a kind of item, then what it is about</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>%1: %2</source>
        <comment>a status: the school&apos;s reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revoked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected certificate as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected certificate online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the school&apos;s public verification page for the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates can be opened and verified at home, in this app or on the web portal: this shared computer opens no files or links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not completed a course with a certificate yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1&apos;s overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the list</source>
        <translation>
            <numerusform>and %n more in the list</numerusform>
            <numerusform>and %n more in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n item(s) needing attention</source>
        <translation>
            <numerusform>%1. %n item needing attention</numerusform>
            <numerusform>%1. %n items needing attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildSwitcher</name>
    <message>
        <source>&amp;Viewing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which child to view (Ctrl+Tab for the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseButton</name>
    <message>
        <source>Course details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades seen, average and trend of the selected row&apos;s course (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDetail</name>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades of this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade of this course has been seen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over %n grade(s) seen, under the pass mark of %2.</source>
        <translation>
            <numerusform>Average %1 over %n grade seen, under the pass mark of %2.</numerusform>
            <numerusform>Average %1 over %n grades seen, under the pass mark of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over %n grade(s) seen, at or above the pass mark of %2.</source>
        <translation>
            <numerusform>Average %1 over %n grade seen, at or above the pass mark of %2.</numerusform>
            <numerusform>Average %1 over %n grades seen, at or above the pass mark of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the school&apos;s latest grades only: older grades are not kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the school&apos;s latest grades and those kept on this computer since %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a final score, then Passed or Failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled in any course yet. Courses appear here as soon as the school enrolls them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>There is nothing to take out yet: no child&apos;s data has been loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the children&apos;s upcoming work and live classes as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or preview a report (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message numerus="yes">
        <source>Saved %n event(s) for %1 to %2. Open the file with your calendar app to add them.</source>
        <translation>
            <numerusform>Saved %n event for %1 to %2. Open the file with your calendar app to add them.</numerusform>
            <numerusform>Saved %n events for %1 to %2. Open the file with your calendar app to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage, e.g. 83.3 %</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeScope</name>
    <message>
        <source>Recent (from school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest grades the school&apos;s server sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seen on this computer since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seen on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every grade this computer has seen of this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older grades are not kept on this computer: that needs “Keep me signed in”, and never happens on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grades yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of %1&apos;s has been graded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdNav</name>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your children and what needs attention (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: open the child&apos;s tab at this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed grade, low average, work due soon, missed class or expiring certificate in what the school sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the children…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m still here: stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No activity for a while. To protect your family&apos;s privacy on this shared computer, you will be signed out in %n second(s).</source>
        <translation>
            <numerusform>No activity for a while. To protect your family&apos;s privacy on this shared computer, you will be signed out in %n second.</numerusform>
            <numerusform>No activity for a while. To protect your family&apos;s privacy on this shared computer, you will be signed out in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No keyring service is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not keep the cache key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked, so your sign-in cannot be kept for next time. Unlock it (or sign in to your computer&apos;s keyring) to stay signed in; the app keeps working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <source>You were signed out after %1 without activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPolicy</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text (line %1, byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a value too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk policy file %1 could not be used: %2. Kiosk mode is on with default settings until the file is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no [kiosk] section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kiosk&apos; must be a [kiosk] section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;institution&apos; must be an institution code of lowercase letters, digits and hyphens (like &quot;svpms&quot;), not %1; parents must type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;idle_timeout_seconds&apos; must be a number of seconds, not %1; using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk policy file %1 has problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveClassesPage</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next live classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed classes list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>classes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class held yet this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n class(es) held</source>
        <translation>
            <numerusform>of %n class held</numerusform>
            <numerusform>of %n classes held</numerusform>
        </translation>
    </message>
    <message>
        <source>No live class is scheduled yet. The classes %1 registers for appear here with their date, time and length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Assignment graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low grade alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed live class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a tray alert for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During quiet hours tray alerts are held, then shown together as one summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray (open the window from the tray icon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours from %1 to %2</source>
        <comment>around widgets: %1 is the start time, %2 the end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of this app on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No children are linked to your account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children appear here once the school office links them to you in OptiCRM; parents cannot add children themselves. Please ask the school office to check two things: that your account is set up as a parent contact (contact type: Parent), and that each of your children is linked to your contact. Then choose Retry; there is no need to restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your children&apos;s courses, grades and classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your children could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This verification link does not point to your school&apos;s OptiLearn server, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo school…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the child and tab this notification is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected notification read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all notifications read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unread · newest %2 of %3 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the counts, then those about one child</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationDetail</name>
    <message>
        <source>Selected notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a notification to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which alerts you get about your children and how they reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving problem on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notification settings were saved in your OptiLearn account. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options for this computer could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the options for this computer (the account settings cannot be changed while offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your notification settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Re&amp;try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry connecting to OptiLearn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing data from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh (%1); showing data from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Showing data from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPresenter</name>
    <message>
        <source>A child is no longer linked to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not connected to a parent contact in the school&apos;s records, so OptiLearn cannot tell which children are yours. Please ask the school office to link your account to your parent contact in OptiCRM, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: OptiLearn cannot be reached right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server asked this computer to wait a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server has a problem right now (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server has a problem right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWords</name>
    <message>
        <source>missing from the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries from the school&apos;s server could not be read and are left out.</source>
        <translation>
            <numerusform>%n entry from the school&apos;s server could not be read and is left out.</numerusform>
            <numerusform>%n entries from the school&apos;s server could not be read and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesService</name>
    <message>
        <source>%1 is not a notification of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be turned off: the school requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 always reaches you in the app: the school requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewStatus</name>
    <message numerus="yes">
        <source>The report (%n page(s)) was sent to the printer.</source>
        <translation>
            <numerusform>The report (%n page) was sent to the printer.</numerusform>
            <numerusform>The report (%n pages) was sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Saved the report (%n page) to %1.</numerusform>
            <numerusform>Saved the report (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickStats</name>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes attended this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1 · Attendance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>the report could not be started (is the file or printer writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole household (%n child(ren))</source>
        <translation>
            <numerusform>Whole household (%n child)</numerusform>
            <numerusform>Whole household (%n children)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing every child&apos;s data up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Student code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live classes this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no copy of it is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes attended this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses yet: the school has not enrolled this child in any course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graded work yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due: no upcoming assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %1, missed %2 (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %1, missed %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live class is scheduled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next live classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>You are offline: notification settings can be changed when OptiLearn is reachable. The options for this computer can still be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to them were undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification settings could not be loaded because of an unexpected problem. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: OptiLearn could not be reached. The notification settings are back to the values saved in your account. Press Save again to keep the options for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn did not accept the change: %1
Nothing was saved; the settings are back to the values saved in your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved because of an unexpected problem; the settings are back to the values saved in your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your OptiLearn account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading the notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the notification settings from OptiLearn again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification settings could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn has no notification settings for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>offline, then: unsaved changes undone</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>this is a shared computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo school starts afresh every time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to OptiLearn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the parent account your school gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a shared computer: nothing of your visit is kept, and you are signed out after %1 without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the intro, then the shared computer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a demo household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. svpms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your school for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer&apos;s keyring and the last overview is saved, encrypted, for reading offline. Sign out to remove both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password? The school office can reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your school&apos;s password reset page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password reset page could not be opened. Ask the school office to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in and data are kept only while the app runs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message>
        <source>The email or password is not correct. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school uses the institution code “%1”. Check the code in the letter or e-mail from your school (it is a short name such as “svpms”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not work because of an unexpected problem. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendLine</name>
    <message>
        <source>Grade trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few grades for a trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s), from %1 to %2 (up)</source>
        <translation>
            <numerusform>%n grade, from %1 to %2 (up)</numerusform>
            <numerusform>%n grades, from %1 to %2 (up)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s), from %1 to %2 (down)</source>
        <translation>
            <numerusform>%n grade, from %1 to %2 (down)</numerusform>
            <numerusform>%n grades, from %1 to %2 (down)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s), from %1 to %2 (level)</source>
        <translation>
            <numerusform>%n grade, from %1 to %2 (level)</numerusform>
            <numerusform>%n grades, from %1 to %2 (level)</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>%1 · due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no upcoming assignments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowToolbar</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of OptiLearn (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications, %1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications, none unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
