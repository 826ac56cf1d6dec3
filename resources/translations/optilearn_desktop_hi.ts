<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AboutAction</name>
    <message>
        <source>&amp;About</source>
        <translation>परिचय (&amp;A)</translation>
    </message>
    <message>
        <source>About %1: version, server and licences (F1)</source>
        <translation>%1 के बारे में: संस्करण, सर्वर और लाइसेंस (F1)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>This program uses Qt %1 and Qt for Python (PySide6 %2), (c) The Qt Company Ltd. and other contributors, under the GNU Lesser General Public License version 3. You may replace their libraries in the program&apos;s folder with your own builds. Their source code: https://download.qt.io/official_releases/qt/ and https://download.qt.io/official_releases/QtForPython/. The full notices and licence texts are below and in the licences folder inside the program&apos;s folder.</source>
        <translation>यह प्रोग्राम Qt %1 और Qt for Python (PySide6 %2) का उपयोग करता है, (c) The Qt Company Ltd. और अन्य योगदानकर्ता, GNU Lesser General Public License संस्करण 3 के तहत। आप प्रोग्राम के फ़ोल्डर में उनकी लाइब्रेरी को अपने बनाए संस्करणों से बदल सकते हैं। उनका स्रोत कोड: https://download.qt.io/official_releases/qt/ और https://download.qt.io/official_releases/QtForPython/। पूरी सूचनाएँ और लाइसेंस के पाठ नीचे हैं और प्रोग्राम के फ़ोल्डर के अंदर licences फ़ोल्डर में भी।</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 के बारे में</translation>
    </message>
    <message>
        <source>Follow your children&apos;s courses, grades and classes at school.</source>
        <translation>स्कूल में अपने बच्चों के कोर्स, ग्रेड और कक्षाओं पर नज़र रखें।</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <comment>no server</comment>
        <translation>अभी चुना नहीं गया</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>सर्वर: %1</translation>
    </message>
    <message>
        <source>&amp;Licences of what ships inside:</source>
        <translation>साथ आने वाले घटकों के लाइसेंस (&amp;L):</translation>
    </message>
    <message>
        <source>Licences of what ships inside</source>
        <translation>साथ आने वाले घटकों के लाइसेंस</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>Badge</source>
        <translation>बैज</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>यह किसलिए मिला</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>मिलने की तारीख</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>लगातार दिन (अभी)</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>सबसे लंबा सिलसिला</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>कुल अंक</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>बैज</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>in a row</source>
        <translation>लगातार</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>अब तक का सबसे अच्छा</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n बैज</numerusform>
            <numerusform>%n बैज</numerusform>
        </translation>
    </message>
    <message>
        <source>No badges earned yet. Badges reward things like a streak of learning days or high quiz scores; each one %1 earns is listed here with the date it was earned.</source>
        <translation>अभी तक कोई बैज नहीं मिला। बैज लगातार पढ़ाई के दिनों या क्विज़ में अच्छे अंकों जैसी बातों के लिए मिलते हैं; %1 को मिलने वाला हर बैज यहाँ उसकी तारीख के साथ दिखेगा।</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Show what this notification is about</source>
        <translation>यह सूचना किस बारे में है, दिखाएँ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Dismiss the notifications</source>
        <translation>सूचनाएँ हटाएँ</translation>
    </message>
    <message>
        <source>New notifications</source>
        <translation>नई सूचनाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s). Choose one and Show:</source>
        <translation>
            <numerusform>%n नई सूचना। एक चुनें और &apos;दिखाएँ&apos; दबाएँ:</numerusform>
            <numerusform>%n नई सूचनाएँ। एक चुनें और &apos;दिखाएँ&apos; दबाएँ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n नई सूचना</numerusform>
            <numerusform>%n नई सूचनाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the chosen notification is about</source>
        <translation>चुनी गई सूचना किस बारे में है, दिखाएँ</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>सभी हटाएँ</translation>
    </message>
</context>
<context>
    <name>AlertReasons</name>
    <message>
        <source>The child&apos;s data is not loaded yet, so this cannot be explained.</source>
        <translation>बच्चे का डेटा अभी लोड नहीं हुआ है, इसलिए इसका कारण नहीं बताया जा सकता।</translation>
    </message>
    <message>
        <source>a result</source>
        <translation>एक परिणाम</translation>
    </message>
    <message>
        <source>Graded %1. The assignment is not among the grades seen on this computer (the school sends only the latest ones).</source>
        <translation>%1 ग्रेड मिला। यह असाइनमेंट इस कंप्यूटर पर देखे गए ग्रेडों में नहीं है (स्कूल केवल नवीनतम ग्रेड भेजता है)।</translation>
    </message>
    <message>
        <source>%1 (%2): %3, under the pass mark of %4; graded on %5.</source>
        <translation>%1 (%2): %3, पासिंग अंक %4 से कम; %5 को जाँचा गया।</translation>
    </message>
    <message>
        <source>%1 (%2): %3, passed; graded on %4.</source>
        <translation>%1 (%2): %3, उत्तीर्ण; %4 को जाँचा गया।</translation>
    </message>
    <message>
        <source>The average of all graded work is %1, under the pass mark of %2.</source>
        <translation>जाँचे गए सभी कामों का औसत %1 है, जो पासिंग अंक %2 से कम है।</translation>
    </message>
    <message>
        <source>No course&apos;s grades seen on this computer average under the pass mark.</source>
        <translation>इस कंप्यूटर पर देखे गए किसी भी कोर्स के ग्रेडों का औसत पासिंग अंक से कम नहीं है।</translation>
    </message>
    <message>
        <source>%1: average %2 from %3.</source>
        <translation>%1: %3 का औसत %2।</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>और %n</numerusform>
            <numerusform>और %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The live classes could not be loaded, so the missed class is not known.</source>
        <translation>लाइव कक्षाएँ लोड नहीं हो सकीं, इसलिए छूटी कक्षा का पता नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 attendance, %2 of %n class(es) missed.</source>
        <translation>
            <numerusform>इस महीने: %1 उपस्थिति, %n कक्षा में से %2 छूटी।</numerusform>
            <numerusform>इस महीने: %1 उपस्थिति, %n कक्षाओं में से %2 छूटीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed %1 (%2) on %3.</source>
        <translation>%3 को %1 (%2) छूटी।</translation>
    </message>
    <message>
        <source>Missed %1 on %2.</source>
        <translation>%2 को %1 छूटी।</translation>
    </message>
    <message>
        <source>Which class was missed is not known: the server sends only the count.</source>
        <translation>कौन-सी कक्षा छूटी, यह पता नहीं: सर्वर केवल गिनती भेजता है।</translation>
    </message>
    <message>
        <source>The class is not among this month&apos;s missed classes (an earlier month&apos;s?).</source>
        <translation>यह कक्षा इस महीने की छूटी कक्षाओं में नहीं है (शायद किसी पिछले महीने की?)।</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <source>Always on, and always shown in the app: the school requires this alert.</source>
        <translation>हमेशा चालू, और ऐप में हमेशा दिखती है: स्कूल के लिए यह सूचना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Always shown in the app: the school requires this alert.</source>
        <translation>ऐप में हमेशा दिखती है: स्कूल के लिए यह सूचना ज़रूरी है।</translation>
    </message>
    <message>
        <source>This version of OptiLearn Desktop cannot change this alert; use the OptiLearn website.</source>
        <translation>OptiLearn Desktop का यह संस्करण इस सूचना को नहीं बदल सकता; OptiLearn वेबसाइट का उपयोग करें।</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>तुरंत</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>दिन में एक बार</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>हफ़्ते में एक बार</translation>
    </message>
    <message>
        <source>On</source>
        <comment>an alert switched on</comment>
        <translation>चालू</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: चालू</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation>कैसे भेजें:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>पुश</translation>
    </message>
    <message>
        <source>In-app</source>
        <translation>ऐप में</translation>
    </message>
    <message>
        <source>%1: email</source>
        <translation>%1: ईमेल</translation>
    </message>
    <message>
        <source>%1: push notification</source>
        <translation>%1: पुश सूचना</translation>
    </message>
    <message>
        <source>%1: in the app</source>
        <translation>%1: ऐप में</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>कितनी बार:</translation>
    </message>
    <message>
        <source>%1: how often</source>
        <translation>%1: कितनी बार</translation>
    </message>
    <message>
        <source>In-app (always)</source>
        <translation>ऐप में (हमेशा)</translation>
    </message>
    <message>
        <source>The school sets how often this alert is sent.</source>
        <translation>यह सूचना कितनी बार भेजी जाए, यह स्कूल तय करता है।</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <source>%1: %2</source>
        <comment>a child&apos;s name, then a notification&apos;s title</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s) about %1. Open the app to read them.</source>
        <translation>
            <numerusform>%1 के बारे में %n नई सूचना। इसे पढ़ने के लिए ऐप खोलें।</numerusform>
            <numerusform>%1 के बारे में %n नई सूचनाएँ। इन्हें पढ़ने के लिए ऐप खोलें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s). Open the app to read them.</source>
        <translation>
            <numerusform>%n नई सूचना। इसे पढ़ने के लिए ऐप खोलें।</numerusform>
            <numerusform>%n नई सूचनाएँ। इन्हें पढ़ने के लिए ऐप खोलें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) during quiet hours</source>
        <translation>
            <numerusform>शांत समय में %n सूचना</numerusform>
            <numerusform>शांत समय में %n सूचनाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong while talking to OptiLearn.</source>
        <translation>OptiLearn से बात करते समय कुछ गड़बड़ हो गई।</translation>
    </message>
    <message>
        <source>OptiLearn cannot be reached. Check your internet connection.</source>
        <translation>OptiLearn तक पहुँच नहीं हो पा रही है। अपना इंटरनेट कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: its certificate was issued by an authority this computer does not trust. If your school&apos;s network inspects secure connections, ask IT for its CA certificate and install it in the system&apos;s trust store, or start the app with --ca-bundle FILE.</source>
        <translation>OptiLearn से कनेक्शन सुरक्षित नहीं है: इसका प्रमाणपत्र ऐसी संस्था ने जारी किया है जिस पर यह कंप्यूटर भरोसा नहीं करता। अगर आपके स्कूल का नेटवर्क सुरक्षित कनेक्शनों की जाँच करता है, तो IT से उसका CA प्रमाणपत्र माँगकर सिस्टम के ट्रस्ट स्टोर में इंस्टॉल करें, या ऐप को --ca-bundle FILE के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: the server&apos;s certificate has expired, or is not valid yet. Check that this computer&apos;s date and time are right; if they are, the school&apos;s IT must renew the server&apos;s certificate.</source>
        <translation>OptiLearn से कनेक्शन सुरक्षित नहीं है: सर्वर का प्रमाणपत्र समाप्त हो चुका है या अभी मान्य नहीं है। जाँचें कि इस कंप्यूटर की तारीख और समय सही हैं; अगर सही हैं, तो स्कूल के IT को सर्वर का प्रमाणपत्र नवीनीकृत करना होगा।</translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: the certificate belongs to another server. Check the server address; if it is right, something on the network is answering in OptiLearn&apos;s place: ask the school&apos;s IT.</source>
        <translation>OptiLearn से कनेक्शन सुरक्षित नहीं है: प्रमाणपत्र किसी दूसरे सर्वर का है। सर्वर का पता जाँचें; अगर वह सही है, तो नेटवर्क पर कोई और OptiLearn की जगह जवाब दे रहा है: स्कूल के IT से पूछें।</translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: its certificate is not trusted by this computer. If your school uses a filtering proxy, ask IT for its CA certificate.</source>
        <translation>OptiLearn से कनेक्शन सुरक्षित नहीं है: यह कंप्यूटर इसके प्रमाणपत्र पर भरोसा नहीं करता। अगर आपका स्कूल फ़िल्टर करने वाला प्रॉक्सी इस्तेमाल करता है, तो IT से उसका CA प्रमाणपत्र माँगें।</translation>
    </message>
    <message>
        <source>The email or password is not correct.</source>
        <translation>ईमेल या पासवर्ड सही नहीं है।</translation>
    </message>
    <message>
        <source>No school is registered under that institution code.</source>
        <translation>इस संस्थान कोड से कोई स्कूल पंजीकृत नहीं है।</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>आपका सत्र समाप्त हो गया है। कृपया फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>This account is not allowed to see this.</source>
        <translation>इस खाते को यह देखने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>This is no longer available.</source>
        <translation>यह अब उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>सर्वर ने अनुरोध अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>OptiLearn had a problem answering. Please try again in a moment.</source>
        <translation>OptiLearn को जवाब देने में समस्या हुई। कृपया थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>OptiLearn is asking this computer to wait a little before trying again.</source>
        <translation>OptiLearn इस कंप्यूटर से फिर कोशिश करने से पहले थोड़ा रुकने को कह रहा है।</translation>
    </message>
    <message>
        <source>OptiLearn sent an answer this app could not read.</source>
        <translation>OptiLearn ने ऐसा जवाब भेजा जिसे यह ऐप पढ़ नहीं सका।</translation>
    </message>
    <message>
        <source>OptiLearn sent an unexpectedly large answer; it was refused.</source>
        <translation>OptiLearn ने अनपेक्षित रूप से बहुत बड़ा जवाब भेजा; उसे अस्वीकार कर दिया गया।</translation>
    </message>
    <message>
        <source>This account is not set up as a parent. Parents see their children here once the school office has set the account up as a parent contact in OptiCRM and linked it to each child. Please ask the school office to check your account.</source>
        <translation>यह खाता अभिभावक के रूप में सेट नहीं है। स्कूल कार्यालय द्वारा OptiCRM में खाते को अभिभावक संपर्क के रूप में सेट करने और हर बच्चे से जोड़ने के बाद अभिभावक यहाँ अपने बच्चों को देखते हैं। कृपया स्कूल कार्यालय से अपना खाता जाँचने को कहें।</translation>
    </message>
    <message>
        <source>This child is no longer linked to your account.</source>
        <translation>यह बच्चा अब आपके खाते से जुड़ा नहीं है।</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>अनपेक्षित समस्या।</translation>
    </message>
    <message>
        <source>OptiLearn did not say who signed in.</source>
        <translation>OptiLearn ने यह नहीं बताया कि किसने साइन इन किया।</translation>
    </message>
    <message>
        <source>OptiLearn sent an overview this app could not read.</source>
        <translation>OptiLearn ने ऐसा सारांश भेजा जिसे यह ऐप पढ़ नहीं सका।</translation>
    </message>
    <message>
        <source>The certificate link does not point to your OptiLearn server.</source>
        <translation>प्रमाणपत्र का लिंक आपके OptiLearn सर्वर का नहीं है।</translation>
    </message>
    <message>
        <source>The certificate file is not a PDF.</source>
        <translation>प्रमाणपत्र की फ़ाइल PDF नहीं है।</translation>
    </message>
    <message>
        <source>The CA certificate file given with --ca-bundle, %1, does not exist. Ask the school&apos;s IT for the right file, or start the app without --ca-bundle.</source>
        <translation>--ca-bundle के साथ दी गई CA प्रमाणपत्र फ़ाइल (%1) मौजूद नहीं है। स्कूल के IT से सही फ़ाइल माँगें, या ऐप को --ca-bundle के बिना शुरू करें।</translation>
    </message>
    <message>
        <source>The CA certificate file given with --ca-bundle, %1, holds no certificate in PEM form (-----BEGIN CERTIFICATE-----). Ask the school&apos;s IT for the right file, or start the app without --ca-bundle.</source>
        <translation>--ca-bundle के साथ दी गई CA प्रमाणपत्र फ़ाइल (%1) में PEM रूप (-----BEGIN CERTIFICATE-----) में कोई प्रमाणपत्र नहीं है। स्कूल के IT से सही फ़ाइल माँगें, या ऐप को --ca-bundle के बिना शुरू करें।</translation>
    </message>
    <message>
        <source>The CA certificate file given with --ca-bundle, %1, cannot be read (%2). Ask the school&apos;s IT for the right file, or start the app without --ca-bundle.</source>
        <translation>--ca-bundle के साथ दी गई CA प्रमाणपत्र फ़ाइल (%1) पढ़ी नहीं जा सकती (%2)। स्कूल के IT से सही फ़ाइल माँगें, या ऐप को --ca-bundle के बिना शुरू करें।</translation>
    </message>
    <message>
        <source>OptiLearn is taking too long to answer. Check your connection and try again.</source>
        <translation>OptiLearn जवाब देने में बहुत देर लगा रहा है। अपना कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The connection to OptiLearn was interrupted. Please try again.</source>
        <translation>OptiLearn से कनेक्शन टूट गया। कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>This request could not be sent to OptiLearn.</source>
        <translation>यह अनुरोध OptiLearn को भेजा नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>ग्रेड</translation>
    </message>
    <message>
        <source>Upcoming work</source>
        <translation>आगामी काम</translation>
    </message>
    <message>
        <source>Live classes</source>
        <translation>लाइव कक्षाएँ</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>उपलब्धियाँ</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>प्रमाणपत्र</translation>
    </message>
    <message>
        <source>not available from the school&apos;s server</source>
        <translation>स्कूल के सर्वर से उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>could not be refreshed (%1)</source>
        <translation>रीफ़्रेश नहीं हो सका (%1)</translation>
    </message>
    <message>
        <source>not refreshed lately</source>
        <translation>हाल में रीफ़्रेश नहीं हुआ</translation>
    </message>
    <message>
        <source>Scored %1: failed</source>
        <translation>%1 अंक मिले: अनुत्तीर्ण</translation>
    </message>
    <message>
        <source>Scored %1: under the pass mark</source>
        <translation>%1 अंक मिले: पासिंग अंक से कम</translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over %n grade(s) seen, under the pass mark of %2</source>
        <translation>
            <numerusform>देखे गए %n ग्रेड का औसत %1, पासिंग अंक %2 से कम</numerusform>
            <numerusform>देखे गए %n ग्रेड का औसत %1, पासिंग अंक %2 से कम</numerusform>
        </translation>
    </message>
    <message>
        <source>Past due, not handed in when last checked</source>
        <translation>समय-सीमा बीत गई, पिछली जाँच तक जमा नहीं हुआ</translation>
    </message>
    <message>
        <source>Due within 48 hours</source>
        <translation>48 घंटों के भीतर जमा करना है</translation>
    </message>
    <message>
        <source>Missed this month</source>
        <translation>इस महीने छूटी</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) missed this month</source>
        <translation>
            <numerusform>इस महीने %n कक्षा छूटी</numerusform>
            <numerusform>इस महीने %n कक्षाएँ छूटीं</numerusform>
        </translation>
    </message>
    <message>
        <source>Which classes is not known: the school&apos;s server sends only the count</source>
        <translation>कौन-सी कक्षाएँ छूटीं, यह पता नहीं: स्कूल का सर्वर केवल गिनती भेजता है</translation>
    </message>
    <message>
        <source>Live class attendance this month</source>
        <translation>इस महीने लाइव कक्षाओं में उपस्थिति</translation>
    </message>
    <message>
        <source>%1, under %2</source>
        <translation>%1, %2 से कम</translation>
    </message>
    <message>
        <source>Certificate revoked: %1</source>
        <translation>प्रमाणपत्र रद्द: %1</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>प्रमाणपत्र रद्द</translation>
    </message>
    <message>
        <source>Certificate has expired</source>
        <translation>प्रमाणपत्र की अवधि समाप्त हो गई है</translation>
    </message>
    <message>
        <source>Certificate expires within 30 days</source>
        <translation>प्रमाणपत्र 30 दिनों के भीतर समाप्त होगा</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>एक कोर्स</translation>
    </message>
</context>
<context>
    <name>BigSignOut</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट (&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>Sign out and clear this computer for the next parent</source>
        <translation>साइन आउट करें और इस कंप्यूटर को अगले अभिभावक के लिए साफ़ करें</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>One calendar file with the upcoming assignments (at their due time) and the next live classes of the children you choose. Open it with your calendar app to add them; adding a newer file later updates these events instead of repeating them.</source>
        <translation>एक कैलेंडर फ़ाइल, जिसमें आपके चुने हुए बच्चों के आगामी असाइनमेंट (उनके नियत समय पर) और अगली लाइव कक्षाएँ हों। इन्हें जोड़ने के लिए फ़ाइल को अपने कैलेंडर ऐप से खोलें; बाद में नई फ़ाइल जोड़ने पर ये इवेंट दोहराए नहीं जाते, बल्कि अपडेट हो जाते हैं।</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>कैलेंडर में जोड़ें</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>सहेजें…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>कैलेंडर फ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>कैलेंडर फ़ाइलें</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>OptiLearn: school calendar</source>
        <translation>OptiLearn: स्कूल कैलेंडर</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a child&apos;s name, then class</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assignment due for %1.</source>
        <translation>%1 का असाइनमेंट जमा करना है।</translation>
    </message>
    <message>
        <source>%1 (live class)</source>
        <translation>%1 (लाइव कक्षा)</translation>
    </message>
    <message>
        <source>Live class for %1.</source>
        <translation>%1 की लाइव कक्षा।</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>कोर्स: %1</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>Attendance this month: %1</source>
        <translation>इस महीने उपस्थिति: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n class(es))</source>
        <translation>
            <numerusform>(%n कक्षा में से %1)</numerusform>
            <numerusform>(%n कक्षाओं में से %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No class held this month</source>
        <translation>इस महीने कोई कक्षा नहीं हुई</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln अंक</numerusform>
            <numerusform>%Ln अंक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln course(s) in progress</source>
        <translation>
            <numerusform>%Ln कोर्स जारी</numerusform>
            <numerusform>%Ln कोर्स जारी</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; not checked.</source>
        <translation>%1: %2; जाँचा नहीं गया।</translation>
    </message>
    <message>
        <source>%1: %2; data from %3.</source>
        <translation>%1: %2; %3 का डेटा।</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>समय-सीमा बीती</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>अनुत्तीर्ण</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>जल्द जमा करना है</translation>
    </message>
    <message>
        <source>Low average</source>
        <translation>कम औसत</translation>
    </message>
    <message>
        <source>Missed class</source>
        <translation>छूटी कक्षा</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>समाप्त होने वाला</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>a kind of item, then what it is about</comment>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>%1: %2</source>
        <comment>a status: the school&apos;s reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>%1 (revoked %2)</source>
        <translation>%1 (%2 को रद्द)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी होने की तारीख</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>सत्यापन कोड</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>PDF खोलें (&amp;D)</translation>
    </message>
    <message>
        <source>Open the selected certificate as PDF</source>
        <translation>चुना गया प्रमाणपत्र PDF के रूप में खोलें</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>सत्यापित करें (&amp;I)</translation>
    </message>
    <message>
        <source>Verify the selected certificate online</source>
        <translation>चुने गए प्रमाणपत्र को ऑनलाइन सत्यापित करें</translation>
    </message>
    <message>
        <source>Open the school&apos;s public verification page for the selected certificate</source>
        <translation>चुने गए प्रमाणपत्र के लिए स्कूल का सार्वजनिक सत्यापन पेज खोलें</translation>
    </message>
    <message>
        <source>Certificates can be opened and verified at home, in this app or on the web portal: this shared computer opens no files or links.</source>
        <translation>प्रमाणपत्र घर पर, इस ऐप में या वेब पोर्टल पर खोले और सत्यापित किए जा सकते हैं: यह साझा कंप्यूटर कोई फ़ाइल या लिंक नहीं खोलता।</translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation>अभी कोई प्रमाणपत्र नहीं</translation>
    </message>
    <message>
        <source>%1 has not completed a course with a certificate yet.</source>
        <translation>%1 ने अभी तक प्रमाणपत्र वाला कोई कोर्स पूरा नहीं किया है।</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 को दिखाएँ</translation>
    </message>
    <message>
        <source>Show %1&apos;s overview</source>
        <translation>%1 का सारांश दिखाएँ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>No figures available.</source>
        <translation>कोई आँकड़े उपलब्ध नहीं।</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>किसी बात पर ध्यान देने की ज़रूरत नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the list</source>
        <translation>
            <numerusform>सूची में %n और</numerusform>
            <numerusform>सूची में %n और</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n item(s) needing attention</source>
        <translation>
            <numerusform>%1. %n बात पर ध्यान देना है</numerusform>
            <numerusform>%1. %n बातों पर ध्यान देना है</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildSwitcher</name>
    <message>
        <source>&amp;Viewing:</source>
        <translation>देख रहे हैं (&amp;V):</translation>
    </message>
    <message>
        <source>Viewing child</source>
        <translation>जिस बच्चे को देख रहे हैं</translation>
    </message>
    <message>
        <source>Choose which child to view (Ctrl+Tab for the next one)</source>
        <translation>चुनें कि किस बच्चे को देखना है (अगले के लिए Ctrl+Tab)</translation>
    </message>
    <message>
        <source>Viewing %1</source>
        <translation>%1 को देख रहे हैं</translation>
    </message>
</context>
<context>
    <name>CourseButton</name>
    <message>
        <source>Course details…</source>
        <translation>कोर्स का विवरण…</translation>
    </message>
    <message>
        <source>Course details</source>
        <translation>कोर्स का विवरण</translation>
    </message>
    <message>
        <source>Grades seen, average and trend of the selected row&apos;s course (Enter)</source>
        <translation>चुनी गई पंक्ति के कोर्स के देखे गए ग्रेड, औसत और रुझान (Enter)</translation>
    </message>
</context>
<context>
    <name>CourseDetail</name>
    <message>
        <source>Assignment</source>
        <translation>असाइनमेंट</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>जाँचा गया</translation>
    </message>
    <message>
        <source>Grades of this course</source>
        <translation>इस कोर्स के ग्रेड</translation>
    </message>
    <message>
        <source>No grade of this course has been seen yet.</source>
        <translation>इस कोर्स का अभी तक कोई ग्रेड नहीं देखा गया है।</translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over %n grade(s) seen, under the pass mark of %2.</source>
        <translation>
            <numerusform>देखे गए %n ग्रेड का औसत %1, पासिंग अंक %2 से कम।</numerusform>
            <numerusform>देखे गए %n ग्रेड का औसत %1, पासिंग अंक %2 से कम।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over %n grade(s) seen, at or above the pass mark of %2.</source>
        <translation>
            <numerusform>देखे गए %n ग्रेड का औसत %1, पासिंग अंक %2 के बराबर या उससे अधिक।</numerusform>
            <numerusform>देखे गए %n ग्रेड का औसत %1, पासिंग अंक %2 के बराबर या उससे अधिक।</numerusform>
        </translation>
    </message>
    <message>
        <source>From the school&apos;s latest grades only: older grades are not kept on this computer.</source>
        <translation>केवल स्कूल के नवीनतम ग्रेडों से: पुराने ग्रेड इस कंप्यूटर पर नहीं रखे जाते।</translation>
    </message>
    <message>
        <source>From the school&apos;s latest grades and those kept on this computer since %1.</source>
        <translation>स्कूल के नवीनतम ग्रेडों और %1 से इस कंप्यूटर पर रखे गए ग्रेडों से।</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 पूरा</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>आख़िरी बार खोला</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>अंतिम अंक</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>उत्तीर्ण</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>अनुत्तीर्ण</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a final score, then Passed or Failed</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation>अभी कोई कोर्स नहीं</translation>
    </message>
    <message>
        <source>%1 is not enrolled in any course yet. Courses appear here as soon as the school enrolls them.</source>
        <translation>%1 का अभी किसी कोर्स में नामांकन नहीं है। स्कूल के नामांकन करते ही कोर्स यहाँ दिखेंगे।</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>There is nothing to take out yet: no child&apos;s data has been loaded.</source>
        <translation>अभी बाहर ले जाने के लिए कुछ नहीं है: किसी भी बच्चे का डेटा लोड नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>कैलेंडर में जोड़ें (&amp;C)…</translation>
    </message>
    <message>
        <source>Save the children&apos;s upcoming work and live classes as a calendar file</source>
        <translation>बच्चों के आगामी काम और लाइव कक्षाएँ कैलेंडर फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>रिपोर्ट प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Print or preview a report (Ctrl+P)</source>
        <translation>रिपोर्ट प्रिंट करें या पूर्वावलोकन देखें (Ctrl+P)</translation>
    </message>
    <message>
        <source>Saving the calendar file…</source>
        <translation>कैलेंडर फ़ाइल सहेजी जा रही है…</translation>
    </message>
    <message>
        <source>The calendar file could not be made: %1</source>
        <translation>कैलेंडर फ़ाइल नहीं बन सकी: %1</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %1</source>
        <translation>कैलेंडर फ़ाइल सहेजी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message numerus="yes">
        <source>Saved %n event(s) for %1 to %2. Open the file with your calendar app to add them.</source>
        <translation>
            <numerusform>%1 के लिए %n इवेंट %2 में सहेजा गया। इन्हें जोड़ने के लिए फ़ाइल को अपने कैलेंडर ऐप से खोलें।</numerusform>
            <numerusform>%1 के लिए %n इवेंट %2 में सहेजे गए। इन्हें जोड़ने के लिए फ़ाइल को अपने कैलेंडर ऐप से खोलें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation>एक मिनट से कम में</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>अभी-अभी</translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>%n महीने में</numerusform>
            <numerusform>%n महीनों में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n महीना पहले</numerusform>
            <numerusform>%n महीने पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>%n सप्ताह में</numerusform>
            <numerusform>%n सप्ताह में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n सप्ताह पहले</numerusform>
            <numerusform>%n सप्ताह पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n दिन में</numerusform>
            <numerusform>%n दिनों में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n घंटे में</numerusform>
            <numerusform>%n घंटों में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n घंटा पहले</numerusform>
            <numerusform>%n घंटे पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n मिनट में</numerusform>
            <numerusform>%n मिनट में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n मिनट पहले</numerusform>
            <numerusform>%n मिनट पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage, e.g. 83.3 %</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeScope</name>
    <message>
        <source>Recent (from school)</source>
        <translation>हाल के (स्कूल से)</translation>
    </message>
    <message>
        <source>The latest grades the school&apos;s server sends</source>
        <translation>स्कूल का सर्वर जो नवीनतम ग्रेड भेजता है</translation>
    </message>
    <message>
        <source>All seen on this computer since %1</source>
        <translation>%1 से इस कंप्यूटर पर देखे गए सभी</translation>
    </message>
    <message>
        <source>All seen on this computer</source>
        <translation>इस कंप्यूटर पर देखे गए सभी</translation>
    </message>
    <message>
        <source>Every grade this computer has seen of this child</source>
        <translation>इस बच्चे का हर ग्रेड जो इस कंप्यूटर ने देखा है</translation>
    </message>
    <message>
        <source>Older grades are not kept on this computer: that needs “Keep me signed in”, and never happens on a shared computer.</source>
        <translation>पुराने ग्रेड इस कंप्यूटर पर नहीं रखे जाते: इसके लिए “मुझे साइन इन रखें” ज़रूरी है, और साझा कंप्यूटर पर ऐसा कभी नहीं होता।</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Assignment</source>
        <translation>असाइनमेंट</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>प्रतिशत</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>जाँचा गया</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No grades yet</source>
        <translation>अभी कोई ग्रेड नहीं</translation>
    </message>
    <message>
        <source>Nothing of %1&apos;s has been graded yet.</source>
        <translation>%1 का अभी तक कुछ भी जाँचा नहीं गया है।</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>उत्तीर्ण</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>अनुत्तीर्ण</translation>
    </message>
</context>
<context>
    <name>HouseholdNav</name>
    <message>
        <source>&amp;Household</source>
        <translation>परिवार (&amp;H)</translation>
    </message>
    <message>
        <source>All your children and what needs attention (Ctrl+H)</source>
        <translation>आपके सभी बच्चे और किन बातों पर ध्यान देना है (Ctrl+H)</translation>
    </message>
    <message>
        <source>Household · %1</source>
        <translation>परिवार · %1</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Household</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>आपका परिवार</translation>
    </message>
    <message>
        <source>Needs attention list</source>
        <translation>ध्यान देने योग्य बातों की सूची</translation>
    </message>
    <message>
        <source>Enter or double-click: open the child&apos;s tab at this row</source>
        <translation>Enter या डबल-क्लिक: बच्चे का टैब इसी पंक्ति पर खोलें</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>ध्यान दें (%1)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ध्यान दें</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>बच्चा</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Nothing needs your attention</source>
        <translation>किसी बात पर आपके ध्यान की ज़रूरत नहीं</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>No failed grade, low average, work due soon, missed class or expiring certificate in what the school sent.</source>
        <translation>स्कूल ने जो भेजा है, उसमें कोई अनुत्तीर्ण ग्रेड, कम औसत, जल्द जमा होने वाला काम, छूटी कक्षा या समाप्त होने वाला प्रमाणपत्र नहीं है।</translation>
    </message>
    <message>
        <source>Loading the children…</source>
        <translation>बच्चों की जानकारी लोड हो रही है…</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>मैं अभी यहीं हूँ</translation>
    </message>
    <message>
        <source>I&apos;m still here: stay signed in</source>
        <translation>मैं अभी यहीं हूँ: साइन इन रहें</translation>
    </message>
    <message numerus="yes">
        <source>No activity for a while. To protect your family&apos;s privacy on this shared computer, you will be signed out in %n second(s).</source>
        <translation>
            <numerusform>कुछ समय से कोई गतिविधि नहीं हुई। इस साझा कंप्यूटर पर आपके परिवार की निजता की रक्षा के लिए, आप %n सेकंड में साइन आउट हो जाएँगे।</numerusform>
            <numerusform>कुछ समय से कोई गतिविधि नहीं हुई। इस साझा कंप्यूटर पर आपके परिवार की निजता की रक्षा के लिए, आप %n सेकंड में साइन आउट हो जाएँगे।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No keyring service is running</source>
        <translation>कोई कीरिंग सेवा नहीं चल रही है</translation>
    </message>
    <message>
        <source>The keyring is locked</source>
        <translation>कीरिंग लॉक है</translation>
    </message>
    <message>
        <source>The keyring could not be opened</source>
        <translation>कीरिंग खोली नहीं जा सकी</translation>
    </message>
    <message>
        <source>The keyring refused to save</source>
        <translation>कीरिंग ने सहेजने से मना कर दिया</translation>
    </message>
    <message>
        <source>The keyring is not working</source>
        <translation>कीरिंग काम नहीं कर रही है</translation>
    </message>
    <message>
        <source>The keyring did not keep the cache key</source>
        <translation>कीरिंग ने कैश की कुंजी नहीं रखी</translation>
    </message>
    <message>
        <source>The keyring refused to delete</source>
        <translation>कीरिंग ने हटाने से मना कर दिया</translation>
    </message>
    <message>
        <source>The keyring is locked, so your sign-in cannot be kept for next time. Unlock it (or sign in to your computer&apos;s keyring) to stay signed in; the app keeps working meanwhile.</source>
        <translation>कीरिंग लॉक है, इसलिए आपका साइन इन अगली बार के लिए नहीं रखा जा सकता। साइन इन बनाए रखने के लिए इसे अनलॉक करें (या अपने कंप्यूटर की कीरिंग में साइन इन करें); तब तक ऐप काम करता रहेगा।</translation>
    </message>
    <message>
        <source>The keyring could not be read</source>
        <translation>कीरिंग पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
        <source>The keyring could not be written</source>
        <translation>कीरिंग में लिखा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <source>You were signed out after %1 without activity.</source>
        <translation>%1 तक कोई गतिविधि न होने पर आपको साइन आउट कर दिया गया।</translation>
    </message>
</context>
<context>
    <name>KioskPolicy</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>इसे पढ़ा नहीं जा सकता (%1)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (line %1, byte %2)</source>
        <translation>यह UTF-8 टेक्स्ट नहीं है (पंक्ति %1, बाइट %2)</translation>
    </message>
    <message>
        <source>it is not valid TOML: %1</source>
        <translation>यह मान्य TOML नहीं है: %1</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>इसमें नेस्टिंग बहुत गहरी है</translation>
    </message>
    <message>
        <source>it holds a value too large to read</source>
        <translation>इसमें एक मान पढ़ने के लिए बहुत बड़ा है</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>यह सामान्य फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation>यह %1 KiB से बड़ी है</translation>
    </message>
    <message>
        <source>The kiosk policy file %1 could not be used: %2. Kiosk mode is on with default settings until the file is fixed.</source>
        <translation>कियॉस्क नीति फ़ाइल %1 का उपयोग नहीं किया जा सका: %2। फ़ाइल ठीक होने तक कियॉस्क मोड डिफ़ॉल्ट सेटिंग्स के साथ चालू है।</translation>
    </message>
    <message>
        <source>it has no [kiosk] section</source>
        <translation>इसमें [kiosk] सेक्शन नहीं है</translation>
    </message>
    <message>
        <source>&apos;kiosk&apos; must be a [kiosk] section</source>
        <translation>&apos;kiosk&apos; एक [kiosk] सेक्शन होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;enabled&apos; must be true or false, not %1</source>
        <translation>&apos;enabled&apos; true या false होना चाहिए, %1 नहीं</translation>
    </message>
    <message>
        <source>&apos;institution&apos; must be an institution code of lowercase letters, digits and hyphens (like &quot;svpms&quot;), not %1; parents must type it.</source>
        <translation>&apos;institution&apos; छोटे अक्षरों, अंकों और हाइफ़न से बना संस्थान कोड होना चाहिए (जैसे &quot;svpms&quot;), %1 नहीं; अभिभावकों को इसे टाइप करना होगा।</translation>
    </message>
    <message>
        <source>&apos;idle_timeout_seconds&apos; must be a number of seconds, not %1; using %2.</source>
        <translation>&apos;idle_timeout_seconds&apos; सेकंड की संख्या होनी चाहिए, %1 नहीं; %2 का उपयोग हो रहा है।</translation>
    </message>
    <message>
        <source>The kiosk policy file %1 has problems:</source>
        <translation>कियॉस्क नीति फ़ाइल %1 में समस्याएँ हैं:</translation>
    </message>
</context>
<context>
    <name>LiveClassesPage</name>
    <message>
        <source>Class</source>
        <translation>कक्षा</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>तारीख और समय</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>आयोजित</translation>
    </message>
    <message>
        <source>Attended this month</source>
        <translation>इस महीने उपस्थित</translation>
    </message>
    <message>
        <source>Missed this month</source>
        <translation>इस महीने छूटी</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <source>Next live classes</source>
        <translation>अगली लाइव कक्षाएँ</translation>
    </message>
    <message>
        <source>Missed classes list</source>
        <translation>छूटी कक्षाओं की सूची</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>classes in %1</source>
        <translation>%1 में कक्षाएँ</translation>
    </message>
    <message>
        <source>classes this month</source>
        <translation>इस महीने की कक्षाएँ</translation>
    </message>
    <message>
        <source>No class held yet this month</source>
        <translation>इस महीने अभी कोई कक्षा नहीं हुई</translation>
    </message>
    <message numerus="yes">
        <source>of %n class(es) held</source>
        <translation>
            <numerusform>हुई %n कक्षा में से</numerusform>
            <numerusform>हुई %n कक्षाओं में से</numerusform>
        </translation>
    </message>
    <message>
        <source>No live class is scheduled yet. The classes %1 registers for appear here with their date, time and length.</source>
        <translation>अभी कोई लाइव कक्षा तय नहीं है। %1 जिन कक्षाओं के लिए पंजीकरण करेगा/करेगी, वे यहाँ तारीख, समय और अवधि के साथ दिखेंगी।</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Assignment graded</source>
        <translation>असाइनमेंट जाँचा गया</translation>
    </message>
    <message>
        <source>Low grade alert</source>
        <translation>कम ग्रेड की सूचना</translation>
    </message>
    <message>
        <source>Missed live class</source>
        <translation>छूटी लाइव कक्षा</translation>
    </message>
    <message>
        <source>Weekly progress summary</source>
        <translation>साप्ताहिक प्रगति सारांश</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>इस कंप्यूटर पर</translation>
    </message>
    <message>
        <source>Show a tray alert for:</source>
        <translation>इनके लिए ट्रे सूचना दिखाएँ:</translation>
    </message>
    <message>
        <source>Tray alert: %1</source>
        <translation>ट्रे सूचना: %1</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>शांत समय</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>शांत समय की शुरुआत</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>शांत समय का अंत</translation>
    </message>
    <message>
        <source>During quiet hours tray alerts are held, then shown together as one summary.</source>
        <translation>शांत समय में ट्रे सूचनाएँ रोकी जाती हैं, फिर एक सारांश के रूप में साथ दिखाई जाती हैं।</translation>
    </message>
    <message>
        <source>Start in the tray (open the window from the tray icon)</source>
        <translation>ट्रे में शुरू करें (विंडो ट्रे आइकन से खोलें)</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>ट्रे में शुरू करें</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>विंडो बंद होने पर ट्रे में चलता रहे</translation>
    </message>
    <message>
        <source>Quiet hours from %1 to %2</source>
        <comment>around widgets: %1 is the start time, %2 the end</comment>
        <translation>शांत समय %1 से %2 तक</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>The language of this app on this computer</source>
        <translation>इस कंप्यूटर पर इस ऐप की भाषा</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No children are linked to your account yet</source>
        <translation>आपके खाते से अभी कोई बच्चा जुड़ा नहीं है</translation>
    </message>
    <message>
        <source>Children appear here once the school office links them to you in OptiCRM; parents cannot add children themselves. Please ask the school office to check two things: that your account is set up as a parent contact (contact type: Parent), and that each of your children is linked to your contact. Then choose Retry; there is no need to restart the app.</source>
        <translation>स्कूल कार्यालय द्वारा OptiCRM में बच्चों को आपसे जोड़ने के बाद वे यहाँ दिखते हैं; अभिभावक ख़ुद बच्चे नहीं जोड़ सकते। कृपया स्कूल कार्यालय से दो बातें जाँचने को कहें: कि आपका खाता अभिभावक संपर्क (संपर्क प्रकार: Parent) के रूप में सेट है, और आपका हर बच्चा आपके संपर्क से जुड़ा है। फिर &apos;फिर से कोशिश करें&apos; चुनें; ऐप दोबारा शुरू करने की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>साइन आउट हो गया</translation>
    </message>
    <message>
        <source>Sign in to see your children&apos;s courses, grades and classes.</source>
        <translation>अपने बच्चों के कोर्स, ग्रेड और कक्षाएँ देखने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन करें (&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>फिर से कोशिश करें (&amp;T)</translation>
    </message>
    <message>
        <source>Your children could not be loaded</source>
        <translation>आपके बच्चों की जानकारी लोड नहीं हो सकी</translation>
    </message>
    <message>
        <source>The certificate could not be opened.</source>
        <translation>प्रमाणपत्र खोला नहीं जा सका।</translation>
    </message>
    <message>
        <source>This verification link does not point to your school&apos;s OptiLearn server, so it was not opened.</source>
        <translation>यह सत्यापन लिंक आपके स्कूल के OptiLearn सर्वर का नहीं है, इसलिए इसे नहीं खोला गया।</translation>
    </message>
    <message>
        <source>Starting the demo school…</source>
        <translation>डेमो स्कूल शुरू हो रहा है…</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>अपठित</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>बच्चा</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>बच्चा (&amp;C):</translation>
    </message>
    <message>
        <source>Show notifications about</source>
        <translation>इसके बारे में सूचनाएँ दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>सूचना सेटिंग्स</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>और लोड करें (&amp;L)</translation>
    </message>
    <message>
        <source>Load older notifications</source>
        <translation>पुरानी सूचनाएँ लोड करें</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Open the child and tab this notification is about</source>
        <translation>यह सूचना जिस बच्चे और टैब के बारे में है, उसे खोलें</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>पढ़ा हुआ मानें (&amp;M)</translation>
    </message>
    <message>
        <source>Mark the selected notification read</source>
        <translation>चुनी गई सूचना को पढ़ा हुआ मानें</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>सभी पढ़े हुए मानें (&amp;A)</translation>
    </message>
    <message>
        <source>Mark all notifications read</source>
        <translation>सभी सूचनाओं को पढ़ा हुआ मानें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close the notifications</source>
        <translation>सूचनाएँ बंद करें</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>अनपेक्षित समस्या।</translation>
    </message>
    <message>
        <source>Could not update the notifications: %1</source>
        <translation>सूचनाएँ अपडेट नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>सभी बच्चे</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>अभी कोई सूचना नहीं।</translation>
    </message>
    <message>
        <source>%1 unread · newest %2 of %3 loaded</source>
        <translation>%1 अपठित · %3 में से नवीनतम %2 लोड हुईं</translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation>%2 के बारे में %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the counts, then those about one child</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>NotificationDetail</name>
    <message>
        <source>Selected notification</source>
        <translation>चुनी गई सूचना</translation>
    </message>
    <message>
        <source>Choose a notification to read it in full.</source>
        <translation>पूरा पढ़ने के लिए कोई सूचना चुनें।</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ी गई</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>अपठित</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>क्यों: %1</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification settings</source>
        <translation>सूचना सेटिंग्स</translation>
    </message>
    <message>
        <source>Choose which alerts you get about your children and how they reach you.</source>
        <translation>चुनें कि आपको अपने बच्चों के बारे में कौन-सी सूचनाएँ मिलें और वे आप तक कैसे पहुँचें।</translation>
    </message>
    <message>
        <source>Saving problem on this computer</source>
        <translation>इस कंप्यूटर पर सहेजने में समस्या</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Your notification settings were saved in your OptiLearn account. %1</source>
        <translation>आपकी सूचना सेटिंग्स आपके OptiLearn खाते में सहेजी गईं। %1</translation>
    </message>
    <message>
        <source>The options for this computer could not be saved: %1.</source>
        <translation>इस कंप्यूटर के विकल्प सहेजे नहीं जा सके: %1।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Save the options for this computer (the account settings cannot be changed while offline)</source>
        <translation>इस कंप्यूटर के विकल्प सहेजें (ऑफ़लाइन रहते हुए खाते की सेटिंग्स नहीं बदली जा सकतीं)</translation>
    </message>
    <message>
        <source>Save your notification settings</source>
        <translation>अपनी सूचना सेटिंग्स सहेजें</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Re&amp;try now</source>
        <translation>अभी फिर कोशिश करें (&amp;T)</translation>
    </message>
    <message>
        <source>Retry connecting to OptiLearn</source>
        <translation>OptiLearn से फिर जुड़ने की कोशिश करें</translation>
    </message>
    <message>
        <source>Showing data from %1.</source>
        <translation>%1 का डेटा दिखाया जा रहा है।</translation>
    </message>
    <message>
        <source>No saved data yet.</source>
        <translation>अभी कोई सहेजा गया डेटा नहीं।</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>%1 सेकंड में फिर कोशिश होगी।</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 list</source>
        <translation>%1 सूची</translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation>%1 लोड नहीं हो सका</translation>
    </message>
    <message>
        <source>Could not refresh (%1); showing data from %2.</source>
        <translation>रीफ़्रेश नहीं हो सका (%1); %2 का डेटा दिखाया जा रहा है।</translation>
    </message>
    <message>
        <source>%1 Showing data from %2.</source>
        <translation>%1 %2 का डेटा दिखाया जा रहा है।</translation>
    </message>
</context>
<context>
    <name>OverviewPresenter</name>
    <message>
        <source>A child is no longer linked to your account.</source>
        <translation>एक बच्चा अब आपके खाते से जुड़ा नहीं है।</translation>
    </message>
    <message>
        <source>Your account is not connected to a parent contact in the school&apos;s records, so OptiLearn cannot tell which children are yours. Please ask the school office to link your account to your parent contact in OptiCRM, then choose Retry.</source>
        <translation>आपका खाता स्कूल के रिकॉर्ड में किसी अभिभावक संपर्क से जुड़ा नहीं है, इसलिए OptiLearn नहीं बता सकता कि कौन-से बच्चे आपके हैं। कृपया स्कूल कार्यालय से OptiCRM में अपने खाते को अपने अभिभावक संपर्क से जोड़ने को कहें, फिर &apos;फिर से कोशिश करें&apos; चुनें।</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>रीफ़्रेश हो रहा है…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>रीफ़्रेश नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Offline: OptiLearn cannot be reached right now.</source>
        <translation>ऑफ़लाइन: अभी OptiLearn तक पहुँच नहीं हो पा रही है।</translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server asked this computer to wait a little.</source>
        <translation>स्कूल के OptiLearn सर्वर ने इस कंप्यूटर से थोड़ा रुकने को कहा है।</translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server has a problem right now (error %1).</source>
        <translation>स्कूल के OptiLearn सर्वर में अभी समस्या है (त्रुटि %1)।</translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server has a problem right now.</source>
        <translation>स्कूल के OptiLearn सर्वर में अभी समस्या है।</translation>
    </message>
    <message>
        <source>Opening the certificate…</source>
        <translation>प्रमाणपत्र खुल रहा है…</translation>
    </message>
    <message>
        <source>The certificate could not be downloaded: %1</source>
        <translation>प्रमाणपत्र डाउनलोड नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Courses</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>ग्रेड</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>आगामी</translation>
    </message>
    <message>
        <source>Live classes</source>
        <translation>लाइव कक्षाएँ</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>उपलब्धियाँ</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Child overview</source>
        <translation>बच्चे का सारांश</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>OverviewWords</name>
    <message>
        <source>missing from the server&apos;s answer</source>
        <translation>सर्वर के जवाब में नहीं है</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>सूची के रूप में नहीं है</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>सेक्शन %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries from the school&apos;s server could not be read and are left out.</source>
        <translation>
            <numerusform>स्कूल के सर्वर से आई %n प्रविष्टि पढ़ी नहीं जा सकी और छोड़ दी गई है।</numerusform>
            <numerusform>स्कूल के सर्वर से आई %n प्रविष्टियाँ पढ़ी नहीं जा सकीं और छोड़ दी गई हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>%2 में से पहली %1 प्रविष्टियाँ दिखाई जा रही हैं।</translation>
    </message>
</context>
<context>
    <name>PreferencesService</name>
    <message>
        <source>%1 is not a notification of this account.</source>
        <translation>%1 इस खाते की सूचना नहीं है।</translation>
    </message>
    <message>
        <source>%1 cannot be turned off: the school requires it.</source>
        <translation>%1 बंद नहीं की जा सकती: स्कूल के लिए यह ज़रूरी है।</translation>
    </message>
    <message>
        <source>%1 always reaches you in the app: the school requires it.</source>
        <translation>%1 हमेशा ऐप में आपके पास आती है: स्कूल के लिए यह ज़रूरी है।</translation>
    </message>
    <message>
        <source>%1 cannot be sent %2.</source>
        <translation>%1 %2 नहीं भेजी जा सकती।</translation>
    </message>
</context>
<context>
    <name>PreviewStatus</name>
    <message numerus="yes">
        <source>The report (%n page(s)) was sent to the printer.</source>
        <translation>
            <numerusform>रिपोर्ट (%n पेज) प्रिंटर को भेजी गई।</numerusform>
            <numerusform>रिपोर्ट (%n पेज) प्रिंटर को भेजी गई।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>रिपोर्ट (%n पेज) %1 में सहेजी गई।</numerusform>
            <numerusform>रिपोर्ट (%n पेज) %1 में सहेजी गई।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickStats</name>
    <message>
        <source>Current streak</source>
        <translation>लगातार दिन (अभी)</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>कुल अंक</translation>
    </message>
    <message>
        <source>Classes attended this month</source>
        <translation>इस महीने उपस्थित कक्षाएँ</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>कोर्स</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation>सबसे लंबा: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n बैज</numerusform>
            <numerusform>%n बैज</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1 · Attendance %2</source>
        <translation>छूटीं: %1 · उपस्थिति %2</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>पूरे: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>उपलब्ध नहीं</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>the report could not be started (is the file or printer writable?)</source>
        <translation>रिपोर्ट शुरू नहीं की जा सकी (क्या फ़ाइल या प्रिंटर पर लिखा जा सकता है?)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पेज %1 / %2</translation>
    </message>
    <message>
        <source>OptiLearn report: %1</source>
        <translation>OptiLearn रिपोर्ट: %1</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Print report</source>
        <translation>रिपोर्ट प्रिंट करें</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>प्रिंट करें:</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>क्या प्रिंट करना है</translation>
    </message>
    <message>
        <source>%1 (on screen)</source>
        <translation>%1 (स्क्रीन पर)</translation>
    </message>
    <message numerus="yes">
        <source>Whole household (%n child(ren))</source>
        <translation>
            <numerusform>पूरा परिवार (%n बच्चा)</numerusform>
            <numerusform>पूरा परिवार (%n बच्चे)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>रिपोर्ट के पन्ने</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Bringing every child&apos;s data up to date…</source>
        <translation>हर बच्चे का डेटा अपडेट किया जा रहा है…</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>रिपोर्ट प्रिंट नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>रिपोर्ट को PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF दस्तावेज़</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>रिपोर्ट सहेजी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Student code %1</source>
        <translation>छात्र कोड %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Recent grades</source>
        <translation>हाल के ग्रेड</translation>
    </message>
    <message>
        <source>Upcoming work</source>
        <translation>आगामी काम</translation>
    </message>
    <message>
        <source>Live classes this month</source>
        <translation>इस महीने की लाइव कक्षाएँ</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>उपलब्धियाँ</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>प्रमाणपत्र</translation>
    </message>
    <message>
        <source>No data known yet</source>
        <translation>अभी कोई डेटा ज्ञात नहीं</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>%1 तक का डेटा</translation>
    </message>
    <message>
        <source>%1 (offline copy)</source>
        <translation>%1 (ऑफ़लाइन प्रति)</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>स्कूल: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>प्रिंट: %1</translation>
    </message>
    <message>
        <source>no copy of it is known</source>
        <translation>इसकी कोई प्रति ज्ञात नहीं है</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>उपलब्ध नहीं: %1।</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>उत्तीर्ण</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>अनुत्तीर्ण</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>उपलब्ध नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation>सबसे लंबा: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n बैज</numerusform>
            <numerusform>%n बैज</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>छूटीं: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>पूरे: %1</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>लगातार दिन (अभी)</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>कुल अंक</translation>
    </message>
    <message>
        <source>Classes attended this month</source>
        <translation>इस महीने उपस्थित कक्षाएँ</translation>
    </message>
    <message>
        <source>No courses yet: the school has not enrolled this child in any course.</source>
        <translation>अभी कोई कोर्स नहीं: स्कूल ने इस बच्चे को किसी कोर्स में नामांकित नहीं किया है।</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Final result</source>
        <translation>अंतिम परिणाम</translation>
    </message>
    <message>
        <source>No graded work yet.</source>
        <translation>अभी कोई जाँचा गया काम नहीं।</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>असाइनमेंट</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>जाँचा गया</translation>
    </message>
    <message>
        <source>Nothing due: no upcoming assignments.</source>
        <translation>कुछ जमा नहीं करना है: कोई आगामी असाइनमेंट नहीं।</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>no class held yet</source>
        <translation>अभी कोई कक्षा नहीं हुई</translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>उपस्थिति %1</translation>
    </message>
    <message>
        <source>Attended %1, missed %2 (%3): %4.</source>
        <translation>उपस्थित %1, छूटीं %2 (%3): %4।</translation>
    </message>
    <message>
        <source>Attended %1, missed %2: %3.</source>
        <translation>उपस्थित %1, छूटीं %2: %3।</translation>
    </message>
    <message>
        <source>No live class is scheduled yet.</source>
        <translation>अभी कोई लाइव कक्षा तय नहीं है।</translation>
    </message>
    <message>
        <source>Next live classes</source>
        <translation>अगली लाइव कक्षाएँ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>कक्षा</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>अभी कोई बैज नहीं।</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>बैज</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>किसलिए</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>मिलने की तारीख</translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation>अभी कोई प्रमाणपत्र नहीं।</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी होने की तारीख</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>सत्यापन कोड</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Re&amp;try</source>
        <translation>फिर से कोशिश करें (&amp;T)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 अपडेट किया गया</translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation>%1 का डेटा</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>You are offline: notification settings can be changed when OptiLearn is reachable. The options for this computer can still be saved.</source>
        <translation>आप ऑफ़लाइन हैं: OptiLearn से जुड़ने पर सूचना सेटिंग्स बदली जा सकती हैं। इस कंप्यूटर के विकल्प अब भी सहेजे जा सकते हैं।</translation>
    </message>
    <message>
        <source>Your unsaved changes to them were undone.</source>
        <translation>उनमें आपके बिना सहेजे बदलाव हटा दिए गए।</translation>
    </message>
    <message>
        <source>The notification settings could not be loaded because of an unexpected problem. Please try again.</source>
        <translation>एक अनपेक्षित समस्या के कारण सूचना सेटिंग्स लोड नहीं हो सकीं। कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Nothing was saved: OptiLearn could not be reached. The notification settings are back to the values saved in your account. Press Save again to keep the options for this computer.</source>
        <translation>कुछ भी सहेजा नहीं गया: OptiLearn से संपर्क नहीं हो सका। सूचना सेटिंग्स आपके खाते में सहेजे गए मानों पर लौट आई हैं। इस कंप्यूटर के विकल्प रखने के लिए फिर से &apos;सहेजें&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>OptiLearn did not accept the change: %1
Nothing was saved; the settings are back to the values saved in your account.</source>
        <translation>OptiLearn ने बदलाव स्वीकार नहीं किया: %1
कुछ भी सहेजा नहीं गया; सेटिंग्स आपके खाते में सहेजे गए मानों पर लौट आई हैं।</translation>
    </message>
    <message>
        <source>Nothing was saved because of an unexpected problem; the settings are back to the values saved in your account.</source>
        <translation>एक अनपेक्षित समस्या के कारण कुछ भी सहेजा नहीं गया; सेटिंग्स आपके खाते में सहेजे गए मानों पर लौट आई हैं।</translation>
    </message>
    <message>
        <source>Saved in your OptiLearn account</source>
        <translation>आपके OptiLearn खाते में सहेजी गई</translation>
    </message>
    <message>
        <source>Notification settings status</source>
        <translation>सूचना सेटिंग्स की स्थिति</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Retry loading the notification settings</source>
        <translation>सूचना सेटिंग्स फिर से लोड करने की कोशिश करें</translation>
    </message>
    <message>
        <source>Load the notification settings from OptiLearn again</source>
        <translation>OptiLearn से सूचना सेटिंग्स फिर से लोड करें</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>सहेजने में समस्या</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>The notification settings could not be loaded: %1</source>
        <translation>सूचना सेटिंग्स लोड नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>OptiLearn has no notification settings for this account.</source>
        <translation>इस खाते के लिए OptiLearn में कोई सूचना सेटिंग्स नहीं हैं।</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>offline, then: unsaved changes undone</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>this is a shared computer</source>
        <translation>यह एक साझा कंप्यूटर है</translation>
    </message>
    <message>
        <source>the demo school starts afresh every time</source>
        <translation>डेमो स्कूल हर बार नए सिरे से शुरू होता है</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन करें (&amp;S)</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>पासवर्ड भूल गए?</translation>
    </message>
    <message>
        <source>Sign in to OptiLearn</source>
        <translation>OptiLearn में साइन इन करें</translation>
    </message>
    <message>
        <source>Sign in with the parent account your school gave you.</source>
        <translation>स्कूल द्वारा दिए गए अभिभावक खाते से साइन इन करें।</translation>
    </message>
    <message>
        <source>This is a shared computer: nothing of your visit is kept, and you are signed out after %1 without activity.</source>
        <translation>यह साझा कंप्यूटर है: आपकी इस विज़िट का कुछ भी नहीं रखा जाता, और %1 तक कोई गतिविधि न होने पर आप साइन आउट हो जाते हैं।</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the intro, then the shared computer</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Demo household</source>
        <translation>डेमो परिवार</translation>
    </message>
    <message>
        <source>Choose a demo household…</source>
        <translation>कोई डेमो परिवार चुनें…</translation>
    </message>
    <message>
        <source>&amp;Demo household</source>
        <translation>डेमो परिवार (&amp;D)</translation>
    </message>
    <message>
        <source>e.g. svpms</source>
        <translation>जैसे svpms</translation>
    </message>
    <message>
        <source>Institution code</source>
        <translation>संस्थान कोड</translation>
    </message>
    <message>
        <source>Set by your school for this computer</source>
        <translation>इस कंप्यूटर के लिए आपके स्कूल ने तय किया है</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Institution code</source>
        <translation>संस्थान कोड (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>इस कंप्यूटर पर मुझे साइन इन रखें (&amp;K)</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>इस कंप्यूटर पर मुझे साइन इन रखें</translation>
    </message>
    <message>
        <source>Not available here: %1.</source>
        <translation>यहाँ उपलब्ध नहीं: %1।</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>कोई कीरिंग नहीं</translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer&apos;s keyring and the last overview is saved, encrypted, for reading offline. Sign out to remove both.</source>
        <translation>आपका साइन-इन इस कंप्यूटर की कीरिंग में रखा जाता है और पिछला सारांश ऑफ़लाइन पढ़ने के लिए एन्क्रिप्ट करके सहेजा जाता है। दोनों हटाने के लिए साइन आउट करें।</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>साइन-इन में समस्या</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>Forgot your password? The school office can reset it.</source>
        <translation>पासवर्ड भूल गए? स्कूल कार्यालय इसे रीसेट कर सकता है।</translation>
    </message>
    <message>
        <source>Opens your school&apos;s password reset page in the browser</source>
        <translation>ब्राउज़र में आपके स्कूल का पासवर्ड रीसेट पेज खोलता है</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>आपका सत्र समाप्त हो गया है। कृपया फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>The password reset page could not be opened. Ask the school office to reset your password.</source>
        <translation>पासवर्ड रीसेट पेज खोला नहीं जा सका। स्कूल कार्यालय से अपना पासवर्ड रीसेट करने को कहें।</translation>
    </message>
    <message>
        <source>Your sign-in and data are kept only while the app runs: %1.</source>
        <translation>आपका साइन-इन और डेटा केवल ऐप चलने तक रखा जाता है: %1।</translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message>
        <source>The email or password is not correct. Check both and try again.</source>
        <translation>ईमेल या पासवर्ड सही नहीं है। दोनों जाँचकर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>No school uses the institution code “%1”. Check the code in the letter or e-mail from your school (it is a short name such as “svpms”).</source>
        <translation>कोई भी स्कूल संस्थान कोड “%1” का उपयोग नहीं करता। अपने स्कूल के पत्र या ई-मेल में कोड जाँचें (यह “svpms” जैसा छोटा नाम होता है)।</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again %1.</source>
        <translation>साइन इन की बहुत अधिक कोशिशें हुईं। %1 फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>OptiLearn cannot be reached. Check your internet connection and try again.</source>
        <translation>OptiLearn तक पहुँच नहीं हो पा रही है। अपना इंटरनेट कनेक्शन जाँचकर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>साइन इन नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Signing in did not work because of an unexpected problem. Please try again.</source>
        <translation>एक अनपेक्षित समस्या के कारण साइन इन नहीं हो सका। कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>in a few minutes</source>
        <translation>कुछ मिनट में</translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation>एक मिनट में</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n मिनट में</numerusform>
            <numerusform>%n मिनट में</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Open %1</source>
        <translation>%1 खोलें</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Notification settings…</source>
        <translation>सूचना सेटिंग्स…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>TrendLine</name>
    <message>
        <source>Grade trend</source>
        <translation>ग्रेड का रुझान</translation>
    </message>
    <message>
        <source>Too few grades for a trend</source>
        <translation>रुझान के लिए बहुत कम ग्रेड</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s), from %1 to %2 (up)</source>
        <translation>
            <numerusform>%n ग्रेड, %1 से %2 तक (बढ़ा)</numerusform>
            <numerusform>%n ग्रेड, %1 से %2 तक (बढ़ा)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s), from %1 to %2 (down)</source>
        <translation>
            <numerusform>%n ग्रेड, %1 से %2 तक (घटा)</numerusform>
            <numerusform>%n ग्रेड, %1 से %2 तक (घटा)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s), from %1 to %2 (level)</source>
        <translation>
            <numerusform>%n ग्रेड, %1 से %2 तक (बराबर)</numerusform>
            <numerusform>%n ग्रेड, %1 से %2 तक (बराबर)</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>पासिंग अंक %1</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>%1 · due soon</source>
        <translation>%1 · जल्द जमा करना है</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>असाइनमेंट</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>जमा करने की समय-सीमा</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>जमा करने की तारीख</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>कुछ जमा नहीं करना है</translation>
    </message>
    <message>
        <source>%1 has no upcoming assignments.</source>
        <translation>%1 का कोई आगामी असाइनमेंट नहीं है।</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Father</source>
        <translation>पिता</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>माता</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>अभिभावक</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>मान्य</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समाप्त</translation>
    </message>
</context>
<context>
    <name>WindowToolbar</name>
    <message>
        <source>Child</source>
        <translation>बच्चा</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>रीफ़्रेश करें (F5)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>सेटिंग्स (&amp;E)…</translation>
    </message>
    <message>
        <source>Notification settings (Ctrl+,)</source>
        <translation>सूचना सेटिंग्स (Ctrl+,)</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>सूचना सेटिंग्स</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट (&amp;O)</translation>
    </message>
    <message>
        <source>Sign out of OptiLearn (%1)</source>
        <translation>OptiLearn से साइन आउट करें (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications (%1)</source>
        <translation>सूचनाएँ (&amp;N) (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>सूचनाएँ (&amp;N)</translation>
    </message>
    <message>
        <source>Notifications, %1 unread</source>
        <translation>सूचनाएँ, %1 अपठित</translation>
    </message>
    <message>
        <source>Notifications, none unread</source>
        <translation>सूचनाएँ, कोई अपठित नहीं</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 के रूप में साइन इन</translation>
    </message>
</context>
</TS>
