// Dark mode is a class on <html>. The choice is stored under THEME_STORAGE_KEY; with no stored choice
// the system setting applies. THEME_BOOT_SCRIPT runs in <head> before paint, so there is no flash.
// It also marks <html> with "js", so islands can reserve their space before they hydrate (no layout
// shift) while pages without JavaScript keep no empty gaps.
export const THEME_STORAGE_KEY = 'theme';

export const THEME_BOOT_SCRIPT = `(function(){document.documentElement.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.classList.toggle('dark',t==='dark');document.documentElement.style.colorScheme=t}catch(e){}})()`;
